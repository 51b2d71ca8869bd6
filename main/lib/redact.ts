/**
 * Masks what must never reach a log line: resident ID numbers (18 or 15 characters) and mainland
 * mobile numbers. Applied to every line the logger writes, whatever its source.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])|(?<!\d)\d{15}(?!\d)/g;
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g;

export function redact(text: string): string {
  return text.replace(ID_NUMBER, '[id-number]').replace(MOBILE, '[phone]');
}
