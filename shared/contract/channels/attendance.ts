import { z } from 'zod';
import { channel } from '../define';
import { id, language, localDateTime, requiredText, text } from '../schemas';
import { pin } from './core';
import { personName } from './people';
import { ID_TYPES } from '../../domain/vocab';
import type { AttendanceRow, ChainCheck, Device, KioskState, LiveView, PairingAddresses, ScanAnswer } from '../attendance-types';

/**
 * What a scanner may type: anything printable up to a sane length. Cleaning (IME full-width forms,
 * stray control characters) happens in the service, so the kiosk can say what it saw.
 */
const scannedCode = z.string().max(600);

const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, { message: 'not an ISO UTC time' });

export const attendanceChannels = {
  'kiosk.state': channel<KioskState>()({
    access: 'kiosk',
    /** A paired tablet always sees its own station; a signed-in trainer may name one (default: the first). */
    input: z.object({ stationId: id.optional(), sessionId: id.optional() }).strict(),
  }),
  'kiosk.scan': channel<ScanAnswer>()({
    access: 'kiosk',
    raises: ['attendance.changed'],
    mutates: true,
    input: z
      .object({
        sessionId: id,
        /** A badge or QR code, an ID number from a card reader, or the last digits of an ID number. */
        code: scannedCode.optional(),
        /** A candidate picked after typed digits matched several people. */
        workerId: id.optional(),
        method: z.enum(['badge', 'qr', 'id_digits', 'id_card']),
        mode: z.enum(['in', 'out']).default('in'),
        ack: z.boolean().default(false),
        /** Chosen by the kiosk per scan, so a retried or queued scan is never counted twice. */
        idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
        /** A scan a tablet kept while the network was down: its own clock then and now. */
        queued: z.object({ clientAt: isoInstant, clientNow: isoInstant }).strict().optional(),
        /** The language the worker chose at the kiosk for this scan; else their record's language. */
        language: language.optional(),
      })
      .strict()
      .refine((v) => (v.code === undefined) !== (v.workerId === undefined), { message: 'give a code or a worker', path: ['code'] }),
  }),

  /** Who can unlock this kiosk (accounts with a PIN): names only. */
  'kiosk.trainers': channel<{ accountId: string; displayName: string }[]>()({ access: 'kiosk', input: z.object({}).strict() }),
  'kiosk.unlock': channel<{ unlockToken: string; displayName: string; expiresAt: string }>()({
    access: 'kiosk',
    input: z.object({ accountId: id, pin }).strict(),
  }),
  /** A trainer, having unlocked the kiosk, registers a newcomer on the spot so their sign-in counts. */
  'kiosk.register': channel<ScanAnswer>()({
    access: 'kiosk',
    raises: ['attendance.changed', 'workers.changed'],
    mutates: true,
    input: z
      .object({
        unlockToken: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/),
        sessionId: id,
        name: personName,
        idType: z.enum(ID_TYPES).default('resident'),
        idNumber: z.string().trim().min(1).max(30),
        tradeId: id.nullable().default(null),
        idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
        /** The newcomer read the session's notice (asked again with `ack_required` when not). */
        ack: z.boolean().default(false),
        /** The newcomer's language, kept on their record and used for the answer. */
        language: language.optional(),
      })
      .strict(),
  }),

  'attendance.live': channel<LiveView>()({ access: 'trainer', input: z.object({ sessionId: id }).strict() }),
  'attendance.correct': channel<AttendanceRow>()({
    access: 'trainer',
    raises: ['attendance.changed'],
    mutates: true,
    input: z
      .object({
        sessionId: id,
        workerId: id,
        /** add: a worker who forgot the badge; excuse: an excused absence; void: undo a wrong sign-in. */
        action: z.enum(['add', 'excuse', 'void', 'sign_out']),
        reason: requiredText(200),
        /** add: when the worker arrived (default: the session's start); sign_out: when they left (default: now, at most the end). */
        at: localDateTime.optional(),
        /** add only: when the worker left, for someone added after they went. */
        leftAt: localDateTime.optional(),
      })
      .strict()
      .refine((v) => v.leftAt === undefined || v.action === 'add', { message: 'only for add', path: ['leftAt'] })
      .refine((v) => v.at === undefined || v.action === 'add' || v.action === 'sign_out', { message: 'only for add or sign_out', path: ['at'] })
      .refine((v) => !v.at || !v.leftAt || v.leftAt > v.at, { message: 'before the arrival', path: ['leftAt'] }),
  }),
  'attendance.verify': channel<ChainCheck>()({ access: 'trainer', input: z.object({}).strict() }),

  'devices.startPairing': channel<{ code: string; expiresAt: string }>()({
    access: 'trainer',
    mutates: true,
    input: z.object({ stationId: id }).strict(),
  }),
  'devices.pair': channel<{ token: string; deviceId: string; stationId: string }>()({
    access: 'public',
    raises: ['devices.changed'],
    mutates: true,
    input: z.object({ code: z.string().regex(/^\d{6}$/, { message: 'six digits' }), name: text(50).pipe(z.string().min(1)) }).strict(),
  }),
  'devices.list': channel<Device[]>()({ access: 'trainer', input: z.object({ stationId: id }).strict() }),
  'devices.revoke': channel<Device>()({ access: 'trainer', raises: ['devices.changed'], mutates: true, input: z.object({ deviceId: id }).strict() }),
  /** The PC's LAN addresses and the port tablets use, for the pairing QR code; whether tablets are allowed. */
  'devices.addresses': channel<PairingAddresses>()({ access: 'trainer', input: z.object({}).strict() }),
} as const;
