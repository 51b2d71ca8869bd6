import type { TFunction } from 'i18next';
import type { RpcError } from '../../../../shared/contract/result';
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

/** A stored instant on this screen's clock, to the second. */
export function formatTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'ug' ? 'ug-CN' : lang, { hour12: false });
}
