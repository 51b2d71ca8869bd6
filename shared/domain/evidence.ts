/** Evidence photos: the limits and defaults the kiosk, the service and the screens share. */

/** A sign-in photo is a small JPEG: enough to recognise a face beside the roster photo, cheap to keep. */
export const MAX_SIGN_IN_PHOTO_BYTES = 30 * 1024;
/** The sweep deletes sign-in photos older than this unless the station sets another number of days. */
export const DEFAULT_PHOTO_RETENTION_DAYS = 180;
/** A file a trainer attaches to a session (a photo of the room, the slides as a PDF). */
export const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;
export const ATTACHMENT_MIMES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIMES)[number];

/** JPEG starts with FF D8 FF and ends with FF D9: enough to refuse what is not one. */
export function looksLikeJpeg(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff && b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The file's first bytes must say what its declared type says. */
export function matchesMime(b: Uint8Array, mime: AttachmentMime): boolean {
  if (mime === 'image/jpeg') return looksLikeJpeg(b);
  if (mime === 'image/png') return PNG.every((x, i) => b[i] === x);
  return b.length > 5 && String.fromCharCode(...b.slice(0, 5)) === '%PDF-';
}
