import { runSqliteWorker } from './worker-thread';

export type QuickCheck = { ok: true } | { ok: false; problem: string };

/**
 * `PRAGMA quick_check` reads every page once: about 5 s on a station of two million attendance rows.
 * It runs on a worker thread with its own read-only connection so the hosts answer meanwhile.
 */
const CHECK = `
let answer;
let db = null;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const report = String(db.pragma('quick_check(1)', { simple: true }));
  answer = report === 'ok' ? { ok: true } : { ok: false, problem: report };
} catch (err) {
  answer = { ok: false, problem: String((err && err.message) || err) };
} finally {
  if (db) db.close();
}
parentPort.postMessage(answer);
`;

export function quickCheckInWorker(file: string): Promise<QuickCheck> {
  return runSqliteWorker<QuickCheck>(CHECK, { file });
}
