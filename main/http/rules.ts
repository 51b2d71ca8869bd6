import { CSP_HEADER } from '../../shared/contract/csp';
import type { Access } from '../../shared/contract/access';
import type { ErrorCode } from '../../shared/contract/result';

/** HTTP status for each error code; the body always carries the Result with the code itself. */
export const STATUS: Record<ErrorCode, number> = {
  unknown_channel: 404,
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  disk_full: 507,
  database_damaged: 503,
  internal: 500,
};

/** Same policy as the desktop window (shared/contract/csp.ts). */
export const CSP = CSP_HEADER;

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * DNS-rebinding guard: a page on another site that resolves its name to this PC would send its own
 * name as Host. Only IP literals, localhost and names the admin configured are answered.
 */
export function isAllowedHost(hostHeader: string | undefined, extraNames: readonly string[] = []): boolean {
  if (!hostHeader) return false;
  let name: string;
  try {
    name = new URL(`http://${hostHeader}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (name === 'localhost') return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return true;
  if (name.startsWith('[') && name.endsWith(']')) return true;
  return extraNames.map((n) => n.toLowerCase()).includes(name);
}

/**
 * Cross-site requests carry an Origin that differs from our own; browsers always send Origin on POST
 * from pages, so a missing one means a non-browser client (CLI, tests, kiosk scripts).
 */
export function isSameOrigin(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (originHeader === undefined) return true;
  try {
    const origin = new URL(originHeader);
    return (origin.protocol === 'http:' || origin.protocol === 'https:') && origin.host === hostHeader;
  } catch {
    return false;
  }
}

/** A channel name from the URL path, or undefined when the path has anything but a plain name. */
export function channelFromPath(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  const name = pathname.slice(prefix.length);
  return /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/.test(name) && name.length <= 64 ? name : undefined;
}

/** The bearer token from our header; never from a cookie (another site could ride it) or a URL. */
export function tokenFrom(headerValue: string | string[] | undefined): string | undefined {
  const v = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  return v && /^[A-Za-z0-9_-]{20,100}$/.test(v) ? v : undefined;
}

/**
 * A client on this PC itself (the admin's browser, the desktop app's own window): what connects to
 * 127.0.0.1 or ::1 comes from them. Anything else, the rest of 127/8 included, is treated as another
 * device (tests stand a LAN tablet in from 127.0.0.2).
 */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** What a device on the site LAN may call while LAN admin use is off: what kiosks and pairing need. */
const LAN_PUBLIC = new Set(['app.info', 'auth.whoami', 'devices.pair']);

/**
 * The LAN host's exposure rule: by default a client on another device reaches the kiosk channels
 * (with a paired tablet's token) and pairing only; trainer and admin use from another PC, sign-in
 * included, needs the explicit `lanAdmin` setting, since the LAN host speaks plain HTTP.
 */
export function lanMayCall(channel: { name: string; access: Access }, address: string | undefined, lanAdmin: () => boolean): boolean {
  if (isLoopback(address) || lanAdmin()) return true;
  return channel.access === 'kiosk' || LAN_PUBLIC.has(channel.name);
}
