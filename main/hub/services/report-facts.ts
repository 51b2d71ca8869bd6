import type { PeriodKind, PeriodReport, PlanEntry } from '../../../shared/contract/report-types';
import { CONTENT_CATEGORY_ZH } from '../../../shared/domain/vocab';
import type { FactSession, MandarinLevel, PeriodFacts, Present, Roster, RosterGroup } from '../../report-core/facts';
import { computePeriodFigures, LANGUAGE } from '../../report-core/period-figures';
import { planProgressOf } from '../../report-core/plan-progress';
import { instantBounds, periodRange, sessionHours, type Range } from '../../report-core/range';
import type { HubPool } from '../db/pool';
import { HubError } from './errors';

type Data = Record<string, unknown>;

/** SQLite compares text byte by byte; so does this (code-unit order, the same for all but astral characters). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function rowsOf(pool: HubPool, tbl: string, stationId: string): Promise<Data[]> {
  const r = await pool.query('SELECT data FROM hub_rows WHERE tbl = $1 AND station_id = $2 AND NOT deleted', [tbl, stationId]);
  return r.rows.map((x) => x.data as Data);
}

/** The roster as the station builds it (facts.ts): by worker number, merged records counting as their target. */
function rosterOf(workers: Data[], stationId: string): { roster: Roster; seqOf: Map<string, number>; byId: Map<string, Data> } {
  const size = workers.reduce((m, w) => Math.max(m, Number(w.seq ?? 0)), 0) + 1;
  const groups: RosterGroup[] = [];
  const groupKey = new Map<string, number>();
  const groupOf = new Int32Array(size).fill(-1);
  const seqOf = new Map<string, number>();
  const byId = new Map<string, Data>();
  for (const w of workers) {
    seqOf.set(String(w.id), Number(w.seq));
    byId.set(String(w.id), w);
    if (w.station_id !== stationId) continue;
    const g = { tradeId: (w.trade_id as string | null) ?? null, team: String(w.team ?? ''), township: String(w.home_township ?? '') };
    const key = JSON.stringify([g.tradeId, g.team, g.township]);
    let i = groupKey.get(key);
    if (i === undefined) {
      groupKey.set(key, (i = groups.length));
      groups.push(g);
    }
    groupOf[Number(w.seq)] = i;
  }
  const unknown = groups.length;
  groups.push({ tradeId: null, team: '', township: '' });
  for (let i = 0; i < size; i++) if (groupOf[i] === -1) groupOf[i] = unknown;
  const countsAs = new Int32Array(size);
  for (let i = 0; i < size; i++) countsAs[i] = i;
  for (const w of workers) {
    if (w.station_id !== stationId || !w.merged_into) continue;
    const to = seqOf.get(String(w.merged_into));
    if (to !== undefined) countsAs[Number(w.seq)] = to;
  }
  return { roster: { groups, countsAs, groupOf }, seqOf, byId };
}

/** Closed sessions whose start falls in [startWall, endWall), as the station selects them. */
function closedIn(sessions: Data[], startWall: string, endWall: string): Data[] {
  return sessions
    .filter((s) => s.state === 'closed' && String(s.starts_at) >= startWall && String(s.starts_at) < endWall)
    .sort((a, b) => byText(String(a.starts_at), String(b.starts_at)) || byText(String(a.id), String(b.id)));
}

async function presentBySession(pool: HubPool, sessionIds: string[]): Promise<Map<string, { seq: number; credited: number; workerId: string }[]>> {
  const out = new Map<string, { seq: number; credited: number; workerId: string }[]>();
  if (!sessionIds.length) return out;
  const r = await pool.query(
    `SELECT data->>'session_id' AS s, (data->>'worker_seq')::int AS q, coalesce((data->>'credited_hours')::float8, 0) AS c, data->>'worker_id' AS w
     FROM hub_rows_attendance WHERE data->>'session_id' = ANY($1) AND NOT deleted AND data->>'status' = 'present'`,
    [sessionIds],
  );
  for (const row of r.rows as { s: string; q: number; c: number; w: string }[]) {
    let list = out.get(row.s);
    if (!list) out.set(row.s, (list = []));
    list.push({ seq: row.q, credited: row.c, workerId: row.w });
  }
  return out;
}

const isPlanSession = (s: Data) => s.category === 'skills' || s.skill_level != null;

/**
 * A station's period report at the hub: the facts read from the station's records as the hub holds
 * them, the figures by the same module the station uses (report-core), so they are the station's own.
 */
export async function hubPeriodReport(pool: HubPool, stationId: string, kind: PeriodKind, period: string): Promise<PeriodReport> {
  const stationRow = (await pool.query("SELECT data FROM hub_rows WHERE tbl = 'stations' AND id = $1 AND NOT deleted", [stationId])).rows[0]?.data as Data | undefined;
  if (!stationRow) throw new HubError('not_found', 'unknown_station', `The hub holds no station ${stationId}`);
  const range = periodRange(kind, period);
  const node = (await pool.query('SELECT node_id FROM hub_station_owner WHERE station_id = $1', [stationId])).rows[0]?.node_id as string | undefined;
  const [allSessions, sessionTrainers, trainers, trades, vocab, certificates, plans] = await Promise.all(
    ['training_sessions', 'session_trainers', 'trainers', 'trades', 'vocab', 'certificates', 'training_plans'].map((t) => rowsOf(pool, t, stationId)),
  );
  // The station's roster numbers span its PC's database: read every worker that PC sent.
  const workers = (await pool.query("SELECT data FROM hub_rows WHERE tbl = 'workers' AND node_id = $1 AND NOT deleted", [node ?? ''])).rows.map((x) => x.data as Data);
  const { roster, seqOf, byId } = rosterOf(workers, stationId);

  const rows = closedIn(allSessions!, range.startWall, range.endWall);
  const sessions: FactSession[] = rows.map((s) => ({
    id: String(s.id),
    title: String(s.title),
    category: String(s.category),
    skill_level: (s.skill_level as FactSession['skill_level']) ?? null,
    national_type: (s.national_type as FactSession['national_type']) ?? null,
    starts_at: String(s.starts_at),
    ends_at: String(s.ends_at),
    hours: sessionHours({ starts_at: String(s.starts_at), ends_at: String(s.ends_at), minutes_per_hour: Number(s.minutes_per_hour), class_hours_override: (s.class_hours_override as number | null) ?? null }),
  }));
  const indexOf = new Map(sessions.map((s, i) => [s.id, i]));
  const trainerById = new Map(trainers!.map((t) => [String(t.id), String(t.name)]));
  const trainersOf: { id: string; name: string }[][] = sessions.map(() => []);
  for (const st of sessionTrainers!) {
    const i = indexOf.get(String(st.session_id));
    const name = trainerById.get(String(st.trainer_id));
    if (i !== undefined && name !== undefined) trainersOf[i]!.push({ id: String(st.trainer_id), name });
  }
  for (const list of trainersOf) list.sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
  const own = new Map(vocab!.filter((v) => v.list === 'content_category').map((v) => [String(v.code), String(v.label)]));
  const label = (code: string) => (CONTENT_CATEGORY_ZH as Record<string, string>)[code] ?? own.get(code) ?? code;

  const present = await presentBySession(pool, sessions.map((s) => s.id));
  const buffer: Present = { n: 0, seqs: new Int32Array(0), credits: new Float64Array(0) };
  const [createdFrom, createdTo] = instantBounds(range);
  const mandarinSets = new Map<MandarinLevel, Set<string>>();
  for (const s of sessions.filter((x) => x.category === LANGUAGE)) {
    for (const a of present.get(s.id) ?? []) {
      const w = byId.get(a.workerId);
      if (!w) continue;
      const k = w.merged_into ? byId.get(String(w.merged_into)) : w;
      if (!k) continue;
      const level = ((k.mandarin_level as MandarinLevel | null) ?? 'unknown') as MandarinLevel;
      if (!mandarinSets.has(level)) mandarinSets.set(level, new Set());
      mandarinSets.get(level)!.add(String(k.id));
    }
  }
  const facts: PeriodFacts = {
    stationId,
    stationName: String(stationRow.name),
    kind,
    period,
    range,
    label,
    sessions,
    trainersOf,
    tradeNames: new Map(trades!.map((t) => [String(t.id), String(t.name)])),
    roster,
    present: (i) => {
      const list = present.get(sessions[i]!.id) ?? [];
      buffer.n = list.length;
      buffer.seqs = Int32Array.from(list, (a) => a.seq);
      buffer.credits = Float64Array.from(list, (a) => a.credited);
      return buffer;
    },
    newWorkers: workers.filter((w) => w.station_id === stationId && !w.merged_into && String(w.created_at) >= createdFrom && String(w.created_at) < createdTo).length,
    certificateIds: certificates!
      .filter((c) => String(c.issued_on) >= range.from && String(c.issued_on) <= range.to)
      .sort((a, b) => byText(String(a.issued_on), String(b.issued_on)) || byText(String(a.id), String(b.id)))
      .map((c) => String(c.id)),
    certifiedSeqs: certificates!.filter((c) => c.kind === 'skill_level' && String(c.issued_on) <= range.to).flatMap((c) => (seqOf.has(String(c.worker_id)) ? [seqOf.get(String(c.worker_id))!] : [])),
    mandarin: [...mandarinSets].map(([level, set]) => ({ level, workers: set.size })),
    plan: () => [],
  };
  const planData = await hubPlanFacts(pool, plans!, allSessions!, byId, Number(period.slice(0, 4)), range);
  facts.plan = (counted) =>
    planData.entries.length
      ? planProgressOf({
          entries: planData.entries,
          roster: counted.roster,
          inPeriod: counted.inPeriod,
          doneBefore: (from) => planData.doneBefore(from, counted.roster),
          brokers: planData.brokers,
        })
      : [];
  return computePeriodFigures(facts);
}

/** The plan's facts (plan-progress.ts at the station), prefetched: the shared arithmetic is synchronous. */
async function hubPlanFacts(pool: HubPool, plans: Data[], sessions: Data[], workers: Map<string, Data>, year: number, period: Range) {
  const entries: PlanEntry[] = plans
    .filter((p) => Number(p.year) <= year && Number(p.year_to) >= year)
    .map((r) => ({ id: String(r.id), year: Number(r.year), yearTo: Number(r.year_to), kind: r.kind as PlanEntry['kind'], scopeKind: r.scope_kind as PlanEntry['scopeKind'], scope: String(r.scope), tradeId: (r.trade_id as string | null) ?? null, tradeName: String(r.trade_name), target: Number(r.target) }))
    .sort(
      (a, b) =>
        a.yearTo - a.year - (b.yearTo - b.year) ||
        byText(a.scopeKind, b.scopeKind) ||
        byText(a.scope, b.scope) ||
        Number(b.kind === 'total') - Number(a.kind === 'total') ||
        Number(a.kind === 'broker') - Number(b.kind === 'broker') ||
        byText(a.tradeName, b.tradeName),
    );
  if (!entries.length) return { entries, doneBefore: () => new Int32Array(0), brokers: () => 0 };
  const years = [...new Set(entries.map((e) => e.year))];
  const earliest = Math.min(...years);
  const span = closedIn(sessions, `${earliest}-01-01T00:00`, period.endWall);
  const present = await presentBySession(pool, span.map((s) => String(s.id)));
  const doneBefore = (from: number, roster: Roster) => {
    const done = new Int32Array(roster.groups.length);
    for (const s of closedIn(span, `${from}-01-01T00:00`, period.startWall)) {
      if (!isPlanSession(s)) continue;
      for (const a of present.get(String(s.id)) ?? []) done[roster.groupOf[roster.countsAs[a.seq]!]!]!++;
    }
    return done;
  };
  const brokers = (e: PlanEntry, which: 'period' | 'yearToDate') => {
    const from = which === 'period' ? period.startWall : `${e.year}-01-01T00:00`;
    const people = new Set<string>();
    for (const s of closedIn(span, from, period.endWall)) {
      if (s.category !== 'labour_broker') continue;
      for (const a of present.get(String(s.id)) ?? []) {
        const w = workers.get(a.workerId);
        const k = w?.merged_into ? workers.get(String(w.merged_into)) : w;
        if (!k) continue;
        if (e.scopeKind === 'township' && k.home_township !== e.scope) continue;
        if (e.scopeKind === 'team' && k.team !== e.scope) continue;
        people.add(String(k.id));
      }
    }
    return people.size;
  };
  return { entries, doneBefore, brokers };
}
