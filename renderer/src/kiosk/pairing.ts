/** Pairing a tablet: the link in the PC's QR code and the code's countdown. Pure, unit-tested. */

/** Where a tablet pairs: this host's /kiosk/pair with the code in the fragment (never sent to a server or logged). */
export function pairingUrl(origin: string, code: string): string {
  return `${origin}/kiosk/pair#code=${code}`;
}

/** The pairing code from the URL fragment (#code=123456). */
export function codeFromFragment(hash: string): string {
  const m = /(?:^#|&)code=(\d{6})(?:&|$)/.exec(hash);
  return m ? m[1]! : '';
}

/** Seconds left until an ISO time, never negative. */
export function secondsLeft(expiresAt: string, nowMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - nowMs) / 1000));
}
