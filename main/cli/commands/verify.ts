import { openDatabaseReadOnly } from '../../db/open';
import { verifyChain } from '../../services/attendance';
import { dataDirFrom, parse } from '../args';
import type { CliContext } from '../context';

/** Checks the database file and the attendance chain; exit 0 only when both are sound. */
export function verifyCommand(argv: string[], ctx: CliContext): number {
  const { values } = parse(argv, {});
  // Read-only: never migrates, never applies a staged restore, never writes (a check beside a running
  // server, or of an older database, leaves it as it was).
  const db = openDatabaseReadOnly(dataDirFrom(values.data));
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const chain = verifyChain(db);
    ctx.out(`Database integrity: ${integrity}`);
    if (chain.ok) {
      ctx.out(`Attendance records: ${chain.events} events, chain intact${chain.head ? ` (head ${chain.head.slice(0, 16)}…)` : ''}.`);
    } else {
      const bad = chain.firstBad!;
      ctx.out(`Attendance records: NOT intact. First bad record: event #${bad.seq} (${bad.eventId}) of session ${bad.sessionId}: ${bad.problem}.`);
    }
    return integrity === 'ok' && chain.ok ? 0 : 1;
  } finally {
    db.close();
  }
}
