import type { Database } from 'better-sqlite3';
import type { EduProgress, EduReport, EduReportRow, SafetyEducationSettings } from '../../../shared/contract/safety-education-types';
import { EDU_LEVEL_ZH, type EduState } from '../../../shared/domain/safety-education';
import { writeForm } from '../exports';
import { stationProgress } from './progress';

interface RosterRow {
  id: string;
  name: string;
  team: string;
  trade_name: string | null;
  entry_date: string | null;
  created_at: string;
}

function tally(rows: { key: string; state: EduState }[]): EduReportRow[] {
  const by = new Map<string, EduReportRow>();
  for (const r of rows) {
    const row = by.get(r.key) ?? { group: r.key, cleared: 0, inProgress: 0, notStarted: 0, total: 0 };
    if (r.state === 'cleared') row.cleared++;
    else if (r.state === 'in_progress') row.inProgress++;
    else row.notStarted++;
    row.total++;
    by.set(r.key, row);
  }
  // Most people first, then by name: the big teams are what an inspector asks about.
  return [...by.values()].sort((a, b) => b.total - a.total || a.group.localeCompare(b.group, 'zh-CN'));
}

/**
 * Who is cleared, in progress or not started, of the workers on site; per team and per trade; and
 * the month's newcomers (entry date in the month, or registered in it when no entry date is known).
 */
export function completionReport(db: Database, stationId: string, stationName: string, month: string, settings: SafetyEducationSettings): EduReport {
  const roster = db
    .prepare(
      `SELECT w.id, w.name, w.team, t.name AS trade_name, w.entry_date, w.created_at FROM workers w LEFT JOIN trades t ON t.id = w.trade_id
       WHERE w.station_id = ? AND w.status = 'on_site' AND w.archived_at IS NULL AND w.merged_into IS NULL ORDER BY w.name, w.id`,
    )
    .all(stationId) as RosterRow[];
  const progress = new Map<string, EduProgress>(stationProgress(db, stationId, roster.map((w) => w.id), settings).map((p) => [p.workerId, p]));
  const stateOf = (id: string) => progress.get(id)!.state;
  const totals = { cleared: 0, inProgress: 0, notStarted: 0, total: roster.length };
  for (const w of roster) {
    const s = stateOf(w.id);
    if (s === 'cleared') totals.cleared++;
    else if (s === 'in_progress') totals.inProgress++;
    else totals.notStarted++;
  }
  const arrived = (w: RosterRow) => (w.entry_date ?? w.created_at.slice(0, 10)).slice(0, 7) === month;
  return {
    stationName,
    month,
    totals,
    byTeam: tally(roster.map((w) => ({ key: w.team, state: stateOf(w.id) }))),
    byTrade: tally(roster.map((w) => ({ key: w.trade_name ?? '', state: stateOf(w.id) }))),
    newcomers: roster.filter(arrived).map((w) => ({
      workerId: w.id,
      name: w.name,
      team: w.team,
      tradeName: w.trade_name,
      entryDate: w.entry_date,
      state: stateOf(w.id),
      due: progress.get(w.id)!.due,
    })),
  };
}

const STATE_ZH: Record<EduState, string> = { cleared: '已完成', in_progress: '进行中', not_started: '未开始' };

/** The report as a workbook, in the Chinese an inspector reads: totals, per team, per trade, newcomers. */
export function completionReportXlsx(r: EduReport): Promise<Buffer> {
  const groupSheet = (name: string, head: string, rows: EduReportRow[]) => ({
    name,
    title: `三级安全教育完成情况（${head}）`,
    above: [`${r.stationName}    统计：在场工人`],
    columns: [
      { header: head, width: 24 },
      { header: '已完成', width: 10 },
      { header: '进行中', width: 10 },
      { header: '未开始', width: 10 },
      { header: '合计', width: 10 },
    ],
    rows: [...rows.map((g) => [g.group || '（未填）', g.cleared, g.inProgress, g.notStarted, g.total]), ['合计', r.totals.cleared, r.totals.inProgress, r.totals.notStarted, r.totals.total]],
  });
  return writeForm([
    groupSheet('按班组', '班组', r.byTeam),
    groupSheet('按工种', '工种', r.byTrade),
    {
      name: '本月新进场',
      title: `${r.month} 新进场工人三级安全教育`,
      columns: [
        { header: '姓名', width: 14 },
        { header: '班组', width: 18 },
        { header: '工种', width: 14 },
        { header: '进场日期', width: 12, text: true },
        { header: '状态', width: 10 },
        { header: '未完成', width: 24 },
      ],
      rows: r.newcomers.map((n) => [n.name, n.team, n.tradeName ?? '', n.entryDate ?? '', STATE_ZH[n.state], n.due.map((l) => EDU_LEVEL_ZH[l]).join('、')]),
    },
  ]);
}
