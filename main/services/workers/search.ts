import type { Database, Statement } from 'better-sqlite3';
import type { Page, WorkerListItem } from '../../../shared/contract/records';
import { digitMatch } from '../../../shared/domain/privacy';
import { toListItem, WORKER_SELECT, type WorkerRow } from './rows';

export interface SearchInput {
  stationId: string;
  q: string;
  status: 'on_site' | 'left' | 'all';
  team?: string | undefined;
  tradeId?: string | undefined;
  employer?: string | undefined;
  includeArchived: boolean;
  sort: 'name' | 'createdAt' | 'team' | 'badgeCode';
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** Counting stops here; a broader search says "more than 10,000". */
export const COUNT_CAP = 10_000;
/** Each indexed branch of a search contributes at most this many candidates. */
const BRANCH_CAP = COUNT_CAP + 1;
/** Below this many name-prefix (or team) hits, names containing the text are looked for too. */
const FEW_HITS = 1;
const TOP = '\u{10FFFF}';

export type QueryKind =
  | { kind: 'none' }
  | { kind: 'digits'; digits: string }
  | { kind: 'badge'; code: string }
  | { kind: 'text'; text: string };

/** What the person typed: ID or phone digits, a badge code, or a name / team. */
export function classify(raw: string): QueryKind {
  const q = raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim();
  if (!q) return { kind: 'none' };
  const compact = q.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d+X?$/.test(compact)) return { kind: 'digits', digits: compact };
  if (/^W\d{7}$/.test(compact)) return { kind: 'badge', code: compact };
  return { kind: 'text', text: q };
}

const SORT_COLUMN: Record<SearchInput['sort'], string> = {
  name: 'w.name',
  createdAt: 'w.created_at',
  team: 'w.team',
  badgeCode: 'w.badge_code',
};

const reverse = (s: string) => [...s].reverse().join('');

export class WorkerSearch {
  private cache = new Map<string, Statement>();

  constructor(private db: Database) {}

  private stmt(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /** The candidate set for a query, as a SQL fragment over named parameters (null: every worker). */
  private candidates(kind: QueryKind, p: Record<string, unknown>): string | null {
    // rowids, not ids: every branch is then answered from its index alone.
    const branch = (where: string) => `SELECT r FROM (SELECT rowid AS r FROM workers WHERE station_id = @stationId AND ${where} LIMIT ${BRANCH_CAP})`;
    const exact = (where: string) => `SELECT rowid AS r FROM workers WHERE station_id = @stationId AND ${where}`;
    switch (kind.kind) {
      case 'none':
        return null;
      case 'badge':
        p.badge = kind.code;
        return exact('badge_code = @badge');
      case 'digits': {
        // Digits match only what the masks show (shared/domain/privacy): the last 4 of an ID, the first
        // 3 and last 4 of a phone, a full number by its mask. A longer tail would let a trainer read
        // the hidden digits back one search at a time.
        const d = kind.digits;
        const m = digitMatch(d);
        const parts: string[] = [];
        if (m.idTail) {
          p.rev = reverse(m.idTail);
          p.revEnd = reverse(m.idTail) + TOP;
          let where = 'id_rev >= @rev AND id_rev < @revEnd';
          if (m.idRegion) {
            p.region = m.idRegion;
            p.regionEnd = m.idRegion + TOP;
            where += ' AND id_number >= @region AND id_number < @regionEnd';
          }
          parts.push(branch(where));
        }
        if (m.mobileHead) {
          p.mob = m.mobileHead;
          p.mobEnd = m.mobileHead + TOP;
        }
        if (m.mobileTail) {
          p.mobRev = reverse(m.mobileTail);
          p.mobRevEnd = reverse(m.mobileTail) + TOP;
          parts.push(branch(`mobile_rev >= @mobRev AND mobile_rev < @mobRevEnd${m.mobileHead ? ' AND mobile >= @mob AND mobile < @mobEnd' : ''}`));
        } else if (m.mobileHead) {
          parts.push(branch('mobile >= @mob AND mobile < @mobEnd'));
        }
        if (/^\d{7}$/.test(d)) {
          p.badge = 'W' + d;
          parts.push(exact('badge_code = @badge'));
        }
        return parts.length ? parts.join(' UNION ') : 'SELECT rowid AS r FROM workers WHERE 0';
      }
      case 'text': {
        p.text = kind.text;
        p.textEnd = kind.text + TOP;
        const prefix = [branch('name >= @text AND name < @textEnd'), exact('team = @text')];
        const hits = (
          this.stmt(`SELECT count(*) AS n FROM (${prefix.join(' UNION ALL ')} LIMIT ${FEW_HITS})`).get(p) as { n: number }
        ).n;
        // Nothing starts with the text (a given name, say): find it inside names through the
        // per-character full-text index (migration 013), as a phrase of its characters.
        if (hits < FEW_HITS) {
          p.phrase = [...kind.text].filter((c) => c.trim()).map((c) => `"${c.replace(/"/g, '""')}"`).join(' + ');
          prefix.push(`SELECT rowid AS r FROM worker_name_chars WHERE worker_name_chars MATCH @phrase LIMIT ${BRANCH_CAP}`);
        }
        return prefix.join(' UNION ');
      }
    }
  }

  search(input: SearchInput): Page<WorkerListItem> {
    const p: Record<string, unknown> = { stationId: input.stationId };
    const where = ['w.station_id = @stationId'];
    const cand = this.candidates(classify(input.q), p);
    if (cand) where.push(`w.rowid IN (${cand})`);
    if (input.status !== 'all') {
      where.push('w.status = @status');
      p.status = input.status;
    }
    if (!input.includeArchived) where.push('w.archived_at IS NULL');
    for (const [key, col] of [
      ['team', 'w.team'],
      ['tradeId', 'w.trade_id'],
      ['employer', 'w.employer'],
    ] as const) {
      const v = input[key];
      if (v !== undefined && v !== '') {
        where.push(`${col} = @${key}`);
        p[key] = v;
      }
    }
    const dir = input.dir === 'asc' ? 'ASC' : 'DESC';
    const whereSql = where.join(' AND ');
    // Sort and page over rowids only; then read the page's rows in full (with trade and photo).
    const page = this.stmt(
      `SELECT w.rowid AS r FROM workers w WHERE ${whereSql} ORDER BY ${SORT_COLUMN[input.sort]} ${dir}, w.rowid ${dir} LIMIT @limit OFFSET @offset`,
    )
      .pluck()
      .all({ ...p, limit: input.limit, offset: input.offset }) as number[];
    const one = this.stmt(`${WORKER_SELECT} WHERE w.rowid = ?`);
    const rows = page.map((r) => one.get(r) as WorkerRow);
    let total: number;
    let totalCapped = false;
    if (input.offset === 0 && rows.length < input.limit) {
      total = rows.length;
    } else {
      const n = (this.stmt(`SELECT count(*) AS n FROM (SELECT 1 FROM workers w WHERE ${whereSql} LIMIT ${COUNT_CAP + 1})`).get(p) as { n: number }).n;
      totalCapped = n > COUNT_CAP;
      total = Math.min(n, COUNT_CAP);
    }
    return { rows: rows.map(toListItem), total, totalCapped, offset: input.offset };
  }
}
