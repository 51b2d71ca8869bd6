import type { Database } from 'better-sqlite3';
import type { SubsidyItem, SubsidyList } from '../../../shared/contract/report-types';
import type { ClassHourRule, SubsidyRules } from '../../../shared/contract/subsidy-rules';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { SKILL_LEVEL_ZH, type IdType, type SkillLevel } from '../../../shared/domain/vocab';
import { csvBytes } from '../exports/sheet-safety';
import { writeForm, type CellValue } from '../exports/xlsx-form';
import { round1, stationRow } from './scope';

interface WorkerInfo {
  id: string;
  name: string;
  id_type: IdType;
  id_number: string;
  trade_id: string | null;
  trade_name: string | null;
  subsidy_yuan: number | null;
}

/** Certificate subsidies are one rule, told apart by level. */
export const CERTIFICATE_RULE = 'certificate';

/** What "the same occupation and level" means for a grant: a certificate's level, or the kind of training. */
const grantKey = (tradeId: string | null, level: string | null, rule: string) => `${tradeId ?? ''}|${level ?? rule}`;

function ruleSql(rule: ClassHourRule): { where: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (rule.categories.length) {
    parts.push(`s.category IN (${rule.categories.map(() => '?').join(',')})`);
    params.push(...rule.categories);
  }
  if (rule.nationalTypes.length) {
    parts.push(`s.national_type IN (${rule.nationalTypes.map(() => '?').join(',')})`);
    params.push(...rule.nationalTypes);
  }
  const matchAny = parts.length ? `(${parts.join(' OR ')})` : '0';
  const level = rule.leveled === 'yes' ? ' AND s.skill_level IS NOT NULL' : rule.leveled === 'no' ? ' AND s.skill_level IS NULL' : '';
  return { where: matchAny + level, params };
}

/**
 * Everyone who qualifies for a subsidy in the year, with the reason and what it rests on. Class
 * hours are the hours credited at sign-in, in closed sessions that started in the year; a merged
 * record's hours count for the record it was merged into. Each person gets at most `maxPerYear`
 * subsidies (the largest first) and never a second for the same occupation and level, including one
 * the HR bureau already paid in an earlier year.
 */
export function subsidyList(db: Database, stationId: string, year: number, rules: SubsidyRules, fullIds = false): SubsidyList {
  stationRow(db, stationId);
  const from = `${year}-01-01T00:00`;
  const to = `${year + 1}-01-01T00:00`;
  const workerStmt = db.prepare(
    `SELECT w.id, w.name, w.id_type, w.id_number, w.trade_id, t.name AS trade_name, t.subsidy_yuan
     FROM workers w LEFT JOIN trades t ON t.id = w.trade_id WHERE w.id = ?`,
  );
  const workers = new Map<string, WorkerInfo>();
  const worker = (id: string) => {
    let w = workers.get(id);
    if (!w) workers.set(id, (w = workerStmt.get(id) as WorkerInfo));
    return w;
  };
  const candidates: SubsidyItem[] = [];
  const item = (w: WorkerInfo, rest: Omit<SubsidyItem, 'workerId' | 'name' | 'idMasked'>): SubsidyItem => ({
    workerId: w.id,
    name: w.name,
    idMasked: fullIds ? w.id_number : maskIdNumber(w.id_number, w.id_type),
    ...rest,
  });

  for (const rule of rules.classHourRules) {
    const { where, params } = ruleSql(rule);
    const rows = db
      .prepare(
        `SELECT COALESCE(w.merged_into, w.id) AS wid, sum(a.credited_hours) AS hours, group_concat(s.id) AS sids
         FROM training_sessions s
         JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
         JOIN workers w ON w.id = a.worker_id
         WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ? AND ${where}
         GROUP BY wid HAVING sum(a.credited_hours) >= ?`,
      )
      .all(stationId, from, to, ...params, rule.minHours) as { wid: string; hours: number; sids: string }[];
    for (const r of rows) {
      const w = worker(r.wid);
      const amount = rule.yuan ?? w.subsidy_yuan;
      // The catalogue gives no amount for a worker without a trade (or a trade without one): not listable.
      if (amount === null) continue;
      candidates.push(
        item(w, {
          rule: rule.code,
          ruleZh: rule.nameZh,
          tradeId: w.trade_id,
          tradeName: w.trade_name,
          level: null,
          amountYuan: amount,
          reasonZh: `${year}年${rule.nameZh}累计认定${round1(r.hours)}课时，达到${rule.minHours}课时`,
          sessionIds: r.sids.split(','),
          certificateId: null,
        }),
      );
    }
  }

  const certs = db
    .prepare(
      `SELECT c.id, COALESCE(w.merged_into, w.id) AS wid, c.trade_id, t.name AS trade_name, c.level, c.number, c.issued_on
       FROM certificates c JOIN workers w ON w.id = c.worker_id LEFT JOIN trades t ON t.id = c.trade_id
       WHERE c.station_id = ? AND c.kind = 'skill_level' AND c.level IS NOT NULL AND c.issued_on >= ? AND c.issued_on <= ?
       ORDER BY c.issued_on, c.id`,
    )
    .all(stationId, `${year}-01-01`, `${year}-12-31`) as { id: string; wid: string; trade_id: string | null; trade_name: string | null; level: SkillLevel; number: string; issued_on: string }[];
  for (const c of certs) {
    const amount = rules.certificateYuan[c.level];
    if (amount === undefined) continue;
    const w = worker(c.wid);
    candidates.push(
      item(w, {
        rule: CERTIFICATE_RULE,
        ruleZh: `职业技能等级证书（${SKILL_LEVEL_ZH[c.level]}）`,
        tradeId: c.trade_id,
        tradeName: c.trade_name,
        level: c.level,
        amountYuan: amount,
        reasonZh: `${c.issued_on}取得${c.trade_name ?? ''}${SKILL_LEVEL_ZH[c.level]}职业技能等级证书${c.number ? `（证书编号${c.number}）` : ''}`,
        sessionIds: [],
        certificateId: c.id,
      }),
    );
  }

  // What the bureau already paid: earlier years block the same occupation and level; this year's
  // payments for something not on the list still use up the person's yearly allowance.
  const paid = db
    .prepare(
      `SELECT COALESCE(w.merged_into, w.id) AS wid, p.year, p.kind, p.trade_id, p.level FROM subsidy_payments p JOIN workers w ON w.id = p.worker_id
       WHERE p.station_id = ? AND p.year <= ?`,
    )
    .all(stationId, year) as { wid: string; year: number; kind: string; trade_id: string | null; level: string | null }[];
  const paidBefore = new Set(paid.filter((p) => p.year < year).map((p) => `${p.wid}#${grantKey(p.trade_id, p.level, p.kind)}`));
  const candidateKeys = new Set(candidates.map((c) => `${c.workerId}#${grantKey(c.tradeId, c.level, c.rule)}`));
  const usedThisYear = new Map<string, number>();
  for (const p of paid) {
    if (p.year === year && !candidateKeys.has(`${p.wid}#${grantKey(p.trade_id, p.level, p.kind)}`)) usedThisYear.set(p.wid, (usedThisYear.get(p.wid) ?? 0) + 1);
  }

  const byWorker = new Map<string, SubsidyItem[]>();
  for (const c of candidates) byWorker.set(c.workerId, [...(byWorker.get(c.workerId) ?? []), c]);
  const items: SubsidyItem[] = [];
  const excluded: SubsidyList['excluded'] = [];
  for (const [wid, list] of byWorker) {
    list.sort((a, b) => b.amountYuan - a.amountYuan || a.rule.localeCompare(b.rule));
    const granted = new Set<string>();
    let count = usedThisYear.get(wid) ?? 0;
    for (const c of list) {
      const key = grantKey(c.tradeId, c.level, c.rule);
      if (rules.oncePerOccupationLevel && (granted.has(key) || paidBefore.has(`${wid}#${key}`))) {
        excluded.push({ ...c, excludedBecause: 'already_granted' });
      } else if (count >= rules.maxPerYear) {
        excluded.push({ ...c, excludedBecause: 'cap' });
      } else {
        items.push(c);
        granted.add(key);
        count++;
      }
    }
  }
  const order = (a: SubsidyItem, b: SubsidyItem) => a.name.localeCompare(b.name, 'zh') || a.workerId.localeCompare(b.workerId) || b.amountYuan - a.amountYuan;
  items.sort(order);
  excluded.sort(order);
  return { stationId, year, items, excluded, totalYuan: items.reduce((s, i) => s + i.amountYuan, 0) };
}

const HEADERS = ['序号', '姓名', '证件号码', '职业（工种）', '等级', '补贴项目', '补贴标准（元）', '符合条件说明'];

function listRows(list: SubsidyList): CellValue[][] {
  return list.items.map((i, n) => [n + 1, i.name, i.idMasked, i.tradeName ?? '', i.level ? SKILL_LEVEL_ZH[i.level] : '', i.ruleZh, i.amountYuan, i.reasonZh]);
}

export function subsidyCsv(list: SubsidyList): Buffer {
  return csvBytes([HEADERS, ...listRows(list)]);
}

/** The list for the HR bureau, and a second sheet naming the sessions or certificate behind each line. */
export function subsidyXlsx(list: SubsidyList, stationName: string): Promise<Buffer> {
  const basis: CellValue[][] = [];
  list.items.forEach((i, n) => {
    if (i.certificateId) basis.push([n + 1, i.name, i.ruleZh, '证书', i.certificateId]);
    for (const s of i.sessionIds) basis.push([n + 1, i.name, i.ruleZh, '培训场次', s]);
  });
  return writeForm([
    {
      name: '补贴名单',
      title: `${stationName} ${list.year}年职业技能培训补贴申领名单`,
      columns: HEADERS.map((h, i) => ({ header: h, width: [6, 12, 22, 16, 10, 26, 12, 48][i]!, text: i === 2 })),
      rows: listRows(list),
      below: [`合计：${list.items.length}人次，${list.totalYuan}元`],
      landscape: true,
    },
    {
      name: '依据明细',
      title: `${stationName} ${list.year}年补贴名单依据明细`,
      columns: [
        { header: '名单序号', width: 8 },
        { header: '姓名', width: 12 },
        { header: '补贴项目', width: 26 },
        { header: '依据类型', width: 10 },
        { header: '记录编号', width: 34, text: true },
      ],
      rows: basis,
      landscape: true,
    },
  ]);
}
