import { Worker } from 'node:worker_threads';

/** A worker thread that could not start or did not finish; callers may fall back to the main thread. */
export class SqliteWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqliteWorkerError';
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

/**
 * Runs `source` (CommonJS, given `Database` and `workerData`, ending in one `parentPort.postMessage`)
 * on a worker thread with its own connection, so the main thread (the kiosk's sign-ins) is never held
 * up by long database work. Resolves with the worker's one message.
 */
export function runSqliteWorker<T>(source: string, workerData: Record<string, unknown>): Promise<T> {
  const program = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
${source}
`;
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (err: Error | null, value?: T) => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve(value as T);
    };
    let worker: Worker;
    try {
      worker = new Worker(program, { eval: true, workerData: { ...workerData, driver: driverPath() } });
    } catch (err) {
      return done(new SqliteWorkerError((err as Error).message));
    }
    worker.once('message', (m: T) => done(null, m));
    worker.once('error', (err) => done(new SqliteWorkerError(err.message)));
    worker.once('exit', (code) => done(new SqliteWorkerError(`worker exited with ${code} before answering`)));
  });
}
