import { Worker } from 'node:worker_threads';

/**
 * The copy itself runs on a worker thread with its own read-only connection, so the main thread
 * (the kiosk's sign-ins) is never held up by it. One step copies every page: the step holds a read
 * snapshot (WAL lets sign-ins commit meanwhile), so the copy is consistent and never restarts, which
 * it would at every sign-in if it went in several steps from a second connection.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.source, { readonly: true, fileMustExist: true });
db.backup(workerData.dest, { progress: () => 0x7fffffff }).then(
  () => { db.close(); parentPort.postMessage({ ok: true }); },
  (err) => { db.close(); parentPort.postMessage({ ok: false, message: String((err && err.message) || err) }); },
);
`;

export class BackupWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupWorkerError';
  }
}

/**
 * The driver's absolute path: an eval'd worker resolves bare names from the working directory, which
 * in the desktop app is anywhere. Under an ES-module runner (tsx scripts) there is no require; the
 * bare name then resolves from the working directory, the checkout.
 */
function driverPath(): string {
  return typeof require === 'function' ? require.resolve('better-sqlite3') : 'better-sqlite3';
}

/** Copies the database file `source` (a live WAL database) to `dest` on a worker thread. */
export function copyInWorker(source: string, dest: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (err?: Error) => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve();
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), source, dest } });
    } catch (err) {
      return done(new BackupWorkerError((err as Error).message));
    }
    worker.once('message', (m: { ok: boolean; message?: string }) => done(m.ok ? undefined : new BackupWorkerError(m.message ?? 'backup failed')));
    worker.once('error', (err) => done(new BackupWorkerError(err.message)));
    worker.once('exit', (code) => done(code === 0 ? undefined : new BackupWorkerError(`backup worker exited with ${code}`)));
  });
}
