/**
 * The one content security policy, for the desktop window, the LAN host's header and the built
 * index.html's meta tag. Nothing from elsewhere and no inline script.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its styles at run time (CSS-in-JS); without this the screens render unstyled.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // The kiosk's camera preview plays a MediaStream through a blob: URL.
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
] as const;

/** Browsers ignore (and complain about) these in a meta tag; they only work as a header. */
const HEADER_ONLY = ['frame-ancestors'];

export const CSP_HEADER = DIRECTIVES.join('; ');

export const CSP_META = DIRECTIVES.filter((d) => !HEADER_ONLY.some((h) => d.startsWith(h))).join('; ');
