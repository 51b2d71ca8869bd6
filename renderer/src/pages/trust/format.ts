import type { TFunction } from 'i18next';
import type { RpcError } from '../../../../shared/contract/result';
import { STATION_UTC_OFFSET_MINUTES } from '../../../../shared/domain/time';
import { errorMessage } from '../../forms/errorText';

/**
 * A failed call in words. Back-end refusals that carry an i18n key as their reason (a restore's
 * `restore.chain_broken`, `workers.not_left`) say exactly what went wrong; others fall back to the code.
 */
export function errorText(t: TFunction, exists: (key: string) => boolean, error: RpcError): string {
  const reason = error.details?.reason;
  if (typeof reason === 'string' && exists(reason)) return t(reason);
  const m = errorMessage(error);
  return t(m.key, m.vars ?? {});
}

/** A file size as people read it: 812 KB, 3.4 MB. */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024))} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/**
 * A stored instant on the station's wall clock, to the second: 2026-03-02 15:04:05 in every language
 * and host. toLocaleString followed the browser's or the OS's locale (3/2/2026, 3:04 PM in an English
 * Chromium), not the screen's language, and the station keeps Beijing time (shared/domain/time).
 */
export function formatTime(iso: string, _lang?: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return new Date(ms + STATION_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}
