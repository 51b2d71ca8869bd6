import { MAX_SIGN_IN_PHOTO_BYTES } from '../../../shared/domain/evidence';

/** Small enough for ≤ 30 KB at a readable quality; a face at the door fills most of it. */
const WIDTH = 240;
const QUALITIES = [0.7, 0.55, 0.42, 0.32, 0.24, 0.18];

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** Base64 of a Blob without the data: prefix. */
export async function blobBase64(b: Blob): Promise<string> {
  const bytes = new Uint8Array(await b.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export type Capture = { kind: 'ok'; jpeg: Blob } | { kind: 'refused' } | { kind: 'unavailable' };

/**
 * One still from the tablet's front camera, as a JPEG within the limit: the stream is opened for this
 * photo only and stopped at once. A refused or missing camera answers so, and the sign-in (already
 * recorded) is untouched.
 */
export async function captureSignInPhoto(maxBytes = MAX_SIGN_IN_PHOTO_BYTES): Promise<Capture> {
  if (!navigator.mediaDevices?.getUserMedia) return { kind: 'unavailable' };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } }, audio: false });
  } catch (err) {
    const name = err instanceof DOMException ? err.name : '';
    return name === 'NotAllowedError' || name === 'SecurityError' ? { kind: 'refused' } : { kind: 'unavailable' };
  }
  try {
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
    // The first frames of some cameras are dark while the exposure settles.
    await new Promise((r) => setTimeout(r, 250));
    const w = video.videoWidth || 640;
    const h = video.videoHeight || 480;
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH;
    canvas.height = Math.round((WIDTH * h) / w);
    const ctx = canvas.getContext('2d');
    if (!ctx) return { kind: 'unavailable' };
    ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
    for (const q of QUALITIES) {
      const blob = await toBlob(canvas, q);
      if (blob && blob.size <= maxBytes) return { kind: 'ok', jpeg: blob };
    }
    return { kind: 'unavailable' };
  } finally {
    for (const track of stream.getTracks()) track.stop();
  }
}
