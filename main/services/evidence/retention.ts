import type { Database } from 'better-sqlite3';
import type { Clock } from '../../lib/clock';
import { describeError, type Logger } from '../../lib/log';
import { sweepOldPhotos } from './photos';

const HOUR_MS = 60 * 60_000;

/**
 * The scheduled job of a running host: sign-in photos past the station's retention are deleted soon
 * after start and then every few hours. Only the count is logged, never a photo or whose it was.
 */
export function startPhotoRetention(core: { db: Database; clock: Clock; log: Logger; integrity: { readonly state: string } }, everyMs = 6 * HOUR_MS): () => void {
  const tick = () => {
    if (core.integrity.state !== 'ok') return;
    try {
      const removed = sweepOldPhotos(core.db, core.clock.now());
      if (removed) core.log.info('evidence.photos_swept', { removed });
    } catch (err) {
      core.log.error('evidence.sweep_failed', { error: describeError(err) });
    }
  };
  const first = setTimeout(tick, 90_000);
  const timer = setInterval(tick, everyMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
