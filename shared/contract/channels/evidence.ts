import { z } from 'zod';
import { channel } from '../define';
import { ATTACHMENT_MIMES, DEFAULT_PHOTO_RETENTION_DAYS, MAX_ATTACHMENT_BYTES, MAX_SIGN_IN_PHOTO_BYTES } from '../../domain/evidence';
import { base64, id, language, requiredText } from '../schemas';
import type { ExportFile } from '../records';
import type { EvidenceSettings, SessionAttachment, SignInPhoto } from '../evidence-types';

export const evidenceSettings = z
  .object({
    enabled: z.boolean().default(false),
    retentionDays: z.number().int().min(1).max(3650).default(DEFAULT_PHOTO_RETENTION_DAYS),
  })
  .strict();

/**
 * A photo may arrive somewhat larger than the limit (a tablet whose encoder overshoots): the body
 * limit leaves room so the answer says `payload_too_large` rather than a bare refusal of the request.
 */
const PHOTO_BODY_BYTES = 8 * MAX_SIGN_IN_PHOTO_BYTES;

export const evidenceChannels = {
  'evidence.settings': channel<EvidenceSettings>()({ access: 'trainer', input: z.object({ stationId: id }).strict() }),
  'evidence.updateSettings': channel<EvidenceSettings>()({
    access: 'admin',
    mutates: true,
    raises: ['station.changed'],
    input: z.object({ stationId: id, settings: evidenceSettings }).strict(),
  }),
  /** The worker read the consent text on the kiosk and agreed: recorded on the worker. */
  'kiosk.consent': channel<{ consentedAt: string }>()({
    access: 'kiosk',
    mutates: true,
    input: z.object({ sessionId: id, workerId: id, language }).strict(),
  }),
  /** The photo of a sign-in already recorded and answered: a separate call, never in the sign-in's way. */
  'kiosk.photo': channel<{ stored: true }>()({
    access: 'kiosk',
    mutates: true,
    maxBodyBytes: PHOTO_BODY_BYTES,
    input: z.object({ sessionId: id, workerId: id, jpeg: base64(PHOTO_BODY_BYTES) }).strict(),
  }),
  /** Sign-in photos beside the roster photos, for the trainer to spot a proxy sign-in. */
  'evidence.sessionPhotos': channel<SignInPhoto[]>()({ access: 'trainer', input: z.object({ sessionId: id }).strict() }),

  'attachments.list': channel<SessionAttachment[]>()({ access: 'trainer', input: z.object({ sessionId: id }).strict() }),
  'attachments.add': channel<SessionAttachment>()({
    access: 'trainer',
    mutates: true,
    raises: ['sessions.changed'],
    maxBodyBytes: Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 64 * 1024,
    input: z
      .object({
        sessionId: id,
        name: requiredText(200),
        mime: z.enum(ATTACHMENT_MIMES),
        base64: base64(MAX_ATTACHMENT_BYTES),
        /** A small JPEG of a photo, made by the screen; none for a PDF. */
        thumb: base64(MAX_SIGN_IN_PHOTO_BYTES).nullable().default(null),
      })
      .strict(),
  }),
  'attachments.get': channel<ExportFile>()({ access: 'trainer', input: z.object({ attachmentId: id }).strict() }),
  'attachments.delete': channel<{ deleted: true }>()({ access: 'trainer', mutates: true, raises: ['sessions.changed'], input: z.object({ attachmentId: id }).strict() }),
} as const;
