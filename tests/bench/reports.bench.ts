// Report figures on the big station: the monthly report (compute and write .xlsx) beside the bare SQL
// aggregation it needs, in the same run; and the status table.
import type { Caller } from '../../shared/contract/access';
import { dispatch } from '../../main/app/dispatch';
import { FACTS_SQL, periodRange } from '../../main/services/reports';
import type { BigStation } from './big-station';
import { summarise, timeEach, type Figure } from './stats';

const admin: Caller = { role: 'admin', via: 'internal', accountId: 'bench' };

export async function reportsBench(big: BigStation, figures: Figure[]): Promise<void> {
  const { core, stationId } = big;
  // The generated station's busiest full month: the one before its last session's month.
  const last = core.db.prepare("SELECT max(starts_at) FROM training_sessions WHERE station_id = ? AND state = 'closed'").pluck().get(stationId) as string;
  const y = Number(last.slice(0, 4));
  const m = Number(last.slice(5, 7));
  const month = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const r = periodRange('month', month);
  // A station with this year's plan, as a real one has: the report then also counts the year to date.
  const year = Number(month.slice(0, 4));
  const trades = core.db.prepare('SELECT id FROM trades WHERE station_id = ? AND planning = 1').pluck().all(stationId) as string[];
  const team = core.db.prepare("SELECT team FROM workers WHERE station_id = ? AND team <> '' LIMIT 1").pluck().get(stationId) as string;
  for (const target of [{ tradeId: null }, ...trades.map((tradeId) => ({ tradeId })), { tradeId: null, scopeKind: 'team', scope: team }]) {
    const res = await dispatch(core, admin, 'plans.set', { stationId, year, target: 100_000, ...target });
    if (!res.ok) throw new Error(res.error.message);
  }

  const report = await timeEach(
    5,
    async () => {
      const res = await dispatch(core, admin, 'exports.periodReport', { stationId, kind: 'month', period: month });
      if (!res.ok) throw new Error(res.error.message);
    },
    1,
  );

  // Baseline: the figures straight from SQL, one GROUP BY per breakdown, distinct workers included.
  const facts = `WITH f AS (${FACTS_SQL.replace('SELECT a.session_id,', 'SELECT a.session_id AS sid,').replace('COALESCE(w.merged_into, w.id),', 'COALESCE(w.merged_into, w.id) AS wid,').replace('THEN w.team ELSE m.team END,', 'THEN w.team ELSE m.team END AS team,').replace('a.credited_hours\n', 'a.credited_hours AS ch\n')})`;
  const q = [
    `${facts} SELECT count(DISTINCT sid), count(*), count(DISTINCT wid), sum(ch) FROM f`,
    `${facts} SELECT s.category, count(DISTINCT sid), count(*), count(DISTINCT wid), sum(ch) FROM f JOIN training_sessions s ON s.id = f.sid GROUP BY 1`,
    `${facts} SELECT trade_id, count(DISTINCT sid), count(*), count(DISTINCT wid), sum(ch) FROM f GROUP BY 1`,
    `${facts} SELECT team, count(DISTINCT sid), count(*), count(DISTINCT wid), sum(ch) FROM f GROUP BY 1`,
    `${facts} SELECT st.trainer_id, count(DISTINCT sid), count(*), count(DISTINCT wid), sum(ch) FROM f JOIN session_trainers st ON st.session_id = f.sid GROUP BY 1`,
  ].map((sql) => core.db.prepare(sql));
  // And the plan's year to date: person-times by the counting worker's trade and team.
  const ytd = core.db.prepare(`${facts} SELECT trade_id, team, count(*) FROM f GROUP BY 1, 2`);
  const bare = await timeEach(5, () => {
    for (const s of q) s.all(stationId, r.startWall, r.endWall);
    ytd.all(stationId, `${year}-01-01T00:00`, r.endWall);
  }, 1);
  const rows = core.db.prepare(`${facts} SELECT count(*) FROM f`).pluck().get(stationId, r.startWall, r.endWall) as number;

  const a = summarise(report);
  const b = summarise(bare);
  figures.push({ name: `monthly report ${month} (${rows} person-times, with the plan's year to date): compute + write .xlsx, p50`, unit: 'ms', value: a.p50, baseline: b.p50, baselineName: 'bare SQL aggregation', target: '≤ 5x baseline, ≤ 1500 ms' });

  const status = summarise(
    await timeEach(20, async () => {
      const res = await dispatch(core, admin, 'exports.statusTable', { format: 'xlsx' });
      if (!res.ok) throw new Error(res.error.message);
    }, 3),
  );
  figures.push({ name: 'status table .xlsx, p50', unit: 'ms', value: status.p50, target: '≤ 200 ms' });
}
