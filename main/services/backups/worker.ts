import { runSqliteWorker, SqliteWorkerError } from '../../db/worker-thread';

/**
 * The copy runs on a worker thread with its own read-only connection. One step copies every page:
 * the step holds a read snapshot (WAL lets sign-ins commit meanwhile), so the copy is consistent and
 * never restarts, which it would at every sign-in if it went in several steps from a second connection.
 */
const COPY = `
const db = new Database(workerData.source, { readonly: true, fileMustExist: true });
db.backup(workerData.dest, { progress: () => 0x7fffffff }).then(
  () => { db.close(); parentPort.postMessage({ ok: true }); },
  (err) => { db.close(); parentPort.postMessage({ ok: false, message: String((err && err.message) || err) }); },
);
`;

export { SqliteWorkerError as BackupWorkerError };

/** Copies the database file `source` (a live WAL database) to `dest` on a worker thread. */
export async function copyInWorker(source: string, dest: string): Promise<void> {
  const m = await runSqliteWorker<{ ok: boolean; message?: string }>(COPY, { source, dest });
  if (!m.ok) throw new SqliteWorkerError(m.message ?? 'backup failed');
}
