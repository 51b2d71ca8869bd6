import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import type { Present, Roster, RosterGroup } from '../../report-core/facts';

export type { Present, Roster, RosterGroup } from '../../report-core/facts';

/**
 * Reads the roster as a handful of rows, one per group, each with its workers' numbers as one text: a
 * roster of 200,000 is read from the workers_report index in index order without a row per worker.
 */
export function readRoster(db: Database, stationId: string): Roster {
  const size = ((db.prepare('SELECT max(seq) FROM workers').pluck().get() as number | null) ?? 0) + 1;
  const groups: RosterGroup[] = [];
  const groupOf = new Int32Array(size).fill(-1);
  const grouped = db
    .prepare('SELECT trade_id, team, home_township, group_concat(seq) FROM workers WHERE station_id = ? GROUP BY trade_id, team, home_township')
    .raw(true)
    .iterate(stationId) as IterableIterator<[string | null, string, string, string]>;
  const numbers = new NumberList();
  for (const [tradeId, team, township, seqs] of grouped) {
    const n = numbers.read(seqs);
    for (let i = 0; i < n; i++) groupOf[numbers.ints[i]!] = groups.length;
    groups.push({ tradeId, team, township });
  }
  // Numbers the station's roster did not list (other stations' workers, gaps) fall in the last group.
  const unknown = groups.length;
  groups.push({ tradeId: null, team: '', township: '' });
  for (let i = 0; i < size; i++) if (groupOf[i] === -1) groupOf[i] = unknown;

  const countsAs = new Int32Array(size);
  for (let i = 0; i < size; i++) countsAs[i] = i;
  const merged = db
    .prepare('SELECT w.seq, m.seq FROM workers w JOIN workers m ON m.id = w.merged_into WHERE w.station_id = ? AND w.merged_into IS NOT NULL')
    .raw(true)
    .iterate(stationId) as IterableIterator<[number, number]>;
  for (const [from, to] of merged) countsAs[from] = to;
  return { groups, countsAs, groupOf };
}

/**
 * A session's present attendances as one row: their count, the worker numbers, and the credited hours
 * (empty where they are the session's full hours, which is nearly always; NULL counts as 0), the two
 * lists in the same row order. Read straight from the attendance_report index. One row per session
 * instead of one per attendance: crossing from SQLite into JavaScript costs about a microsecond a row,
 * and a busy month has 600,000 attendances.
 */
const PRESENT_SQL = `
  SELECT count(*), group_concat(worker_seq), group_concat(CASE WHEN credited_hours = @full THEN '' ELSE ifnull(credited_hours, 0) END)
  FROM attendance WHERE session_id = @session AND status = 'present'`;

/** The same without the hours, for counts of people (plan progress over a year to date). */
const PRESENT_SEQS_SQL = "SELECT count(*), group_concat(worker_seq) FROM attendance WHERE session_id = ? AND status = 'present'";

export class PresentReader {
  private readonly stmt: Statement;
  private readonly seqsOnly: Statement;
  private readonly seqs = new NumberList();
  private credits = new Float64Array(256);

  constructor(db: Database) {
    this.stmt = db.prepare(PRESENT_SQL).raw(true);
    this.seqsOnly = db.prepare(PRESENT_SEQS_SQL).raw(true);
  }

  /** The worker numbers only: `n` of them in `seqs`. */
  readSeqs(sessionId: string): { n: number; seqs: Int32Array } {
    const [count, seqText] = this.seqsOnly.get(sessionId) as [number, string | null];
    const n = this.seqs.read(seqText ?? '');
    expectCount(sessionId, count, n);
    return { n, seqs: this.seqs.ints };
  }

  read(sessionId: string, fullHours: number): Present {
    const [count, seqText, creditText] = this.stmt.get({ session: sessionId, full: fullHours }) as [number, string | null, string | null];
    if (count === 0) return { n: 0, seqs: this.seqs.ints, credits: this.credits };
    const n = this.seqs.read(seqText ?? '');
    if (this.credits.length < n) this.credits = new Float64Array(this.seqs.ints.length);
    expectCount(sessionId, count, n);
    expectCount(sessionId, count, readCredits(creditText ?? '', fullHours, this.credits));
    return { n, seqs: this.seqs.ints, credits: this.credits };
  }
}

/** group_concat skips NULLs: a list shorter than the count would shift every figure after the gap. */
function expectCount(sessionId: string, count: number, listed: number): void {
  if (listed !== count) throw new AppError('internal', `Session ${sessionId}: ${count} attendances but ${listed} listed`);
}

/** Non-negative integers from group_concat's comma-separated text, into a buffer reused between reads. */
class NumberList {
  ints = new Int32Array(256);

  read(text: string): number {
    let n = 0;
    let v = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 44) {
        this.put(n++, v);
        v = 0;
      } else v = v * 10 + (c - 48);
    }
    if (text.length) this.put(n++, v);
    return n;
  }

  private put(i: number, v: number): void {
    if (i === this.ints.length) {
      const grown = new Int32Array(this.ints.length * 2);
      grown.set(this.ints);
      this.ints = grown;
    }
    this.ints[i] = v;
  }
}

/** The credited-hours list: an empty item is the session's full hours, any other is a number as SQLite wrote it. */
function readCredits(text: string, full: number, out: Float64Array): number {
  let n = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 44) continue;
    out[n++] = i === start ? full : Number(text.slice(start, i));
    start = i + 1;
  }
  return n;
}
