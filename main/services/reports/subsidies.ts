import type { Database } from 'better-sqlite3';
import type { ExcludedSubsidyItem, SubsidyExclusion, SubsidyItem, SubsidyList, SubsidyRuleSummary } from '../../../shared/contract/report-types';
import { type RuleSource, type SubsidyKind, type SubsidyRule, type SubsidyRules } from '../../../shared/contract/subsidy-rules';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { HIGH_RISK_POST_ZH, SKILL_LEVEL_ZH, SKILL_LEVELS, type HighRiskPost, type IdType, type SkillLevel } from '../../../shared/domain/vocab';
import { certificatePassCheck, type PassCheck } from './pass-check';
import { examPassCheck } from '../exams';
import { round1, stationRow } from './scope';

interface WorkerInfo {
  id: string;
  name: string;
  id_type: IdType;
  id_number: string;
  trade_id: string | null;
  trade_name: string | null;
  trade_category: string | null;
  entry_date: string | null;
  high_risk_post: HighRiskPost | null;
  insurance_months: number | null;
}

/** The rule code the HR bureau's reply uses for a skill-level certificate it cannot tell apart. */
export const CERTIFICATE_RULE = 'certificate';

/** "同一职业同一等级" (001 五(二)): an occupation and a level; training without a grade is one level of its own. */
const NON_GRADE = 'non_grade';
const grantKey = (tradeId: string | null, levelKey: string) => `${tradeId ?? ''}|${levelKey}`;

/** `002 五（九）`: how the bureau cites a clause. */
export const clauseOf = (s: RuleSource) => (s.seed ? `${s.seed} ${s.clause}` : s.clause);

function ruleSql(rule: SubsidyRule): { where: string; params: string[] } {
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

/** The amount a line pays: the level's amount where the rule sets one per level, else the rule's. */
function amountFor(rule: SubsidyRule, level: SkillLevel | null): number | null {
  if (level && rule.yuanByLevel[level] !== undefined) return rule.yuanByLevel[level]!;
  return rule.yuan;
}

/** The amount as the form states it. */
export function amountZh(rule: SubsidyRule): string {
  const byLevel = SKILL_LEVELS.filter((l) => rule.yuanByLevel[l] !== undefined).map((l) => `${SKILL_LEVEL_ZH[l]}${rule.yuanByLevel[l]}元`);
  const per = rule.basis === 'apprenticeship' ? '每人每年' : '每人';
  if (byLevel.length) return `${per}${byLevel.join('、')}`;
  if (rule.yuan === null) return '未定（种子未规定金额，由本站填写）';
  return `${per}${rule.upTo ? '不超过' : ''}${rule.yuan}元`;
}

const addYears = (iso: string, n: number) => `${String(Number(iso.slice(0, 4)) + n).padStart(4, '0')}${iso.slice(4)}`;
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

type Candidate = SubsidyItem & { levelKey: string; perYear: boolean; fail: SubsidyExclusion | null; amount: number | null };

/**
 * Everyone who meets a subsidy rule in the year (its hours, its certificate or its apprenticeship),
 * paid or, with the reason, not. Class hours are the hours credited at sign-in, in closed sessions
 * that started in the year; a merged record's hours and certificates count for the record it was
 * merged into. Each person gets at most `maxPerYear` subsidies a year, one of each kind, the largest
 * first, and never a second for the same occupation and level, including one the HR bureau already
 * paid in an earlier year (all seed 001 五(二)).
 */
export function subsidyList(db: Database, stationId: string, year: number, rules: SubsidyRules, fullIds = false, passCheck: PassCheck = examPassCheck(db, certificatePassCheck(db))): SubsidyList {
  stationRow(db, stationId);
  const from = `${year}-01-01T00:00`;
  const to = `${year + 1}-01-01T00:00`;
  const workerStmt = db.prepare(
    `SELECT w.id, w.name, w.id_type, w.id_number, w.trade_id, t.name AS trade_name, t.category AS trade_category, w.entry_date, w.high_risk_post, w.insurance_months
     FROM workers w LEFT JOIN trades t ON t.id = w.trade_id WHERE w.id = ?`,
  );
  const mergedStmt = db.prepare('SELECT id FROM workers WHERE merged_into = ?').pluck();
  const workers = new Map<string, WorkerInfo>();
  const worker = (id: string) => {
    let w = workers.get(id);
    if (!w) workers.set(id, (w = workerStmt.get(id) as WorkerInfo));
    return w;
  };
  const tradeStmt = db.prepare('SELECT name, category FROM trades WHERE id = ?');
  const candidates: Candidate[] = [];

  /** The first condition of the rule this person does not meet, beyond hours or certificate. */
  function failing(rule: SubsidyRule, w: WorkerInfo, tradeId: string | null, extra: { sessionIds: string[]; firstSession?: string; issuedOn?: string }, pass: { state: string }): SubsidyExclusion | null {
    if (!tradeId) return 'no_trade';
    if (rule.highRiskPosts && !(w.high_risk_post && rule.highRiskPosts.includes(w.high_risk_post))) return 'not_high_risk_post';
    if (rule.tradeCategories) {
      const t = tradeStmt.get(tradeId) as { name: string; category: string };
      if (!rule.tradeCategories.includes(t.category) && !rule.tradeNames.includes(t.name)) return 'trade_not_in_fields';
    }
    if (rule.newHiresOnly && extra.firstSession && !(w.entry_date && w.entry_date <= extra.firstSession && daysBetween(w.entry_date, extra.firstSession) <= 365)) return 'not_new_hire';
    if (rule.issuedOnOrAfter && extra.issuedOn && extra.issuedOn < rule.issuedOnOrAfter) return 'certificate_too_early';
    if (rule.minInsuranceMonths !== null && (w.insurance_months ?? 0) < rule.minInsuranceMonths) return 'insurance_short';
    if (rule.requiresPass && pass.state !== 'passed') return pass.state === 'failed' ? 'pass_failed' : 'pass_not_recorded';
    return null;
  }

  function add(rule: SubsidyRule, w: WorkerInfo, f: { tradeId: string | null; tradeName: string | null; level: SkillLevel | null; levelKey: string; reasonZh: string; sessionIds: string[]; certificateId: string | null; fail: SubsidyExclusion | null }) {
    const amount = amountFor(rule, f.level);
    candidates.push({
      workerId: w.id,
      name: w.name,
      idMasked: fullIds ? w.id_number : maskIdNumber(w.id_number, w.id_type),
      rule: rule.code,
      ruleZh: rule.nameZh,
      kind: rule.kind,
      clauseZh: clauseOf(rule.source),
      tradeId: f.tradeId,
      tradeName: f.tradeName,
      level: f.level,
      amountYuan: amount ?? 0,
      upTo: rule.upTo,
      reasonZh: f.reasonZh,
      sessionIds: f.sessionIds,
      certificateId: f.certificateId,
      levelKey: f.levelKey,
      perYear: rule.basis === 'apprenticeship',
      fail: f.fail ?? (amount === null ? 'no_amount' : null),
      amount,
    });
  }

  const enabled = rules.rules.filter((r) => r.enabled);
  for (const rule of enabled.filter((r) => r.basis === 'hours')) {
    const { where, params } = ruleSql(rule);
    const rows = db
      .prepare(
        `SELECT COALESCE(w.merged_into, w.id) AS wid, sum(a.credited_hours) AS hours, group_concat(s.id) AS sids,
                group_concat(DISTINCT s.skill_level) AS levels, min(substr(s.starts_at, 1, 10)) AS first_day
         FROM training_sessions s
         JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
         JOIN workers w ON w.id = a.worker_id
         WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ? AND ${where}
         GROUP BY wid HAVING sum(a.credited_hours) >= ? AND sum(a.credited_hours) > 0`,
      )
      .all(stationId, from, to, ...params, rule.minHours) as { wid: string; hours: number; sids: string; levels: string | null; first_day: string }[];
    for (const r of rows) {
      const w = worker(r.wid);
      const sessionIds = r.sids.split(',');
      const levels = (r.levels ?? '').split(',').filter((l): l is SkillLevel => (SKILL_LEVELS as readonly string[]).includes(l));
      const top = rule.leveled === 'yes' && levels.length ? levels.sort((a, b) => SKILL_LEVELS.indexOf(b) - SKILL_LEVELS.indexOf(a))[0]! : null;
      const pass = rule.requiresPass ? passCheck({ stationId, workerId: w.id, workerIds: [w.id, ...(mergedStmt.all(w.id) as string[])], rule, year, tradeId: w.trade_id, sessionIds }) : { state: 'passed' as const, evidenceZh: null };
      add(rule, w, {
        tradeId: w.trade_id,
        tradeName: w.trade_name,
        level: top,
        levelKey: top ?? NON_GRADE,
        reasonZh:
          `${year}年${rule.nameZh}累计认定${round1(r.hours)}课时，达到${rule.minHours}课时` +
          (w.high_risk_post && rule.highRiskPosts ? `；${HIGH_RISK_POST_ZH[w.high_risk_post]}` : '') +
          (pass.evidenceZh ? `；${pass.evidenceZh}` : ''),
        sessionIds,
        certificateId: null,
        fail: failing(rule, w, w.trade_id, { sessionIds, firstSession: r.first_day }, pass),
      });
    }
  }

  const certStmt = db.prepare(
    `SELECT c.id, COALESCE(w.merged_into, w.id) AS wid, c.kind, c.trade_id, t.name AS trade_name, c.level, c.number, c.issued_on
     FROM certificates c JOIN workers w ON w.id = c.worker_id LEFT JOIN trades t ON t.id = c.trade_id
     WHERE c.station_id = ? AND c.issued_on >= ? AND c.issued_on <= ?
     ORDER BY c.issued_on, c.id`,
  );
  const certs = certStmt.all(stationId, `${year}-01-01`, `${year}-12-31`) as { id: string; wid: string; kind: string; trade_id: string | null; trade_name: string | null; level: SkillLevel | null; number: string; issued_on: string }[];
  for (const rule of enabled.filter((r) => r.basis === 'certificate')) {
    for (const c of certs) {
      if (!(rule.certificateKinds as readonly string[]).includes(c.kind)) continue;
      if (rule.levels.length && !(c.level && rule.levels.includes(c.level))) continue;
      const w = worker(c.wid);
      const tradeId = c.trade_id ?? w.trade_id;
      const tradeName = c.trade_id ? c.trade_name : w.trade_name;
      const what = c.kind === 'skill_level' && c.level ? `${SKILL_LEVEL_ZH[c.level]}职业技能等级证书` : rule.nameZh;
      add(rule, w, {
        tradeId,
        tradeName,
        level: c.level,
        levelKey: c.kind === 'skill_level' && c.level ? c.level : c.kind,
        reasonZh:
          `${c.issued_on}取得${tradeName ?? ''}${what}${c.number ? `（证书编号${c.number}）` : ''}` +
          (rule.minInsuranceMonths !== null ? `；本市失业保险已缴${w.insurance_months ?? 0}个月，要求${rule.minInsuranceMonths}个月以上` : ''),
        sessionIds: [],
        certificateId: c.id,
        fail: failing(rule, w, tradeId, { sessionIds: [], issuedOn: c.issued_on }, { state: 'passed' }),
      });
    }
  }

  const apprentices = db
    .prepare(
      `SELECT id, apprentice_level AS level, apprentice_from AS start, apprentice_to AS finish FROM workers
       WHERE station_id = ? AND merged_into IS NULL AND apprentice_level IS NOT NULL AND apprentice_from IS NOT NULL AND apprentice_from < ?`,
    )
    .all(stationId, `${year + 1}-01-01`) as { id: string; level: SkillLevel; start: string; finish: string | null }[];
  for (const rule of enabled.filter((r) => r.basis === 'apprenticeship')) {
    for (const a of apprentices) {
      // Each apprenticeship year is paid in the calendar year it begins (每人每年), for at most maxYears.
      for (let k = 0; k < (rule.maxYears ?? 1); k++) {
        const begins = addYears(a.start, k);
        if (begins.slice(0, 4) !== String(year) || (a.finish && begins > a.finish)) continue;
        const w = worker(a.id);
        add(rule, w, {
          tradeId: w.trade_id,
          tradeName: w.trade_name,
          level: a.level,
          levelKey: `apprentice#${begins}`,
          reasonZh: `新型学徒制（${SKILL_LEVEL_ZH[a.level]}水平）第${k + 1}学年，自${begins}起${a.finish ? `，学徒期至${a.finish}` : ''}`,
          sessionIds: [],
          certificateId: null,
          fail: failing(rule, w, w.trade_id, { sessionIds: [] }, { state: 'passed' }),
        });
      }
    }
  }

  // What the bureau already paid: earlier years block the same occupation and level; this year's
  // payments for something not on the list still use up the person's allowance (and its kind).
  const ruleByCode = new Map(rules.rules.map((r) => [r.code, r]));
  const paidLevelKey = (kind: string, level: string | null) => {
    if (level) return level;
    const r = ruleByCode.get(kind);
    if (r?.basis === 'hours') return NON_GRADE;
    if (r?.basis === 'certificate' && r.certificateKinds.length === 1) return r.certificateKinds[0]!;
    return kind;
  };
  const paid = db
    .prepare(
      `SELECT COALESCE(w.merged_into, w.id) AS wid, p.year, p.kind, p.trade_id, p.level FROM subsidy_payments p JOIN workers w ON w.id = p.worker_id
       WHERE p.station_id = ? AND p.year <= ?`,
    )
    .all(stationId, year) as { wid: string; year: number; kind: string; trade_id: string | null; level: string | null }[];
  const paidBefore = new Set(paid.filter((p) => p.year < year).map((p) => `${p.wid}#${grantKey(p.trade_id, paidLevelKey(p.kind, p.level))}`));
  const candidateKeys = new Set(candidates.map((c) => `${c.workerId}#${grantKey(c.tradeId, c.levelKey)}`));
  const usedThisYear = new Map<string, { count: number; kinds: Set<SubsidyKind> }>();
  for (const p of paid) {
    if (p.year !== year || candidateKeys.has(`${p.wid}#${grantKey(p.trade_id, paidLevelKey(p.kind, p.level))}`)) continue;
    const u = usedThisYear.get(p.wid) ?? { count: 0, kinds: new Set<SubsidyKind>() };
    u.count++;
    u.kinds.add(ruleByCode.get(p.kind)?.kind ?? 'vocational');
    usedThisYear.set(p.wid, u);
  }

  const strip = ({ levelKey: _k, perYear: _p, fail: _f, amount: _a, ...item }: Candidate): SubsidyItem => item;
  const items: SubsidyItem[] = [];
  const excluded: ExcludedSubsidyItem[] = [];
  const exclude = (c: Candidate, why: SubsidyExclusion) => excluded.push({ ...strip(c), amountYuan: c.amount, excludedBecause: why });
  const byWorker = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.fail) exclude(c, c.fail);
    else byWorker.set(c.workerId, [...(byWorker.get(c.workerId) ?? []), c]);
  }
  for (const [wid, list] of byWorker) {
    list.sort((a, b) => b.amountYuan - a.amountYuan || a.rule.localeCompare(b.rule) || (a.certificateId ?? '').localeCompare(b.certificateId ?? ''));
    const granted = new Set<string>();
    const used = usedThisYear.get(wid) ?? { count: 0, kinds: new Set<SubsidyKind>() };
    let count = used.count;
    const kinds = new Set(used.kinds);
    for (const c of list) {
      const key = grantKey(c.tradeId, c.levelKey);
      if (rules.oncePerOccupationLevel && !c.perYear && (granted.has(key) || paidBefore.has(`${wid}#${key}`))) exclude(c, 'already_granted');
      else if (rules.onePerKind && kinds.has(c.kind)) exclude(c, 'kind_used');
      else if (count >= rules.maxPerYear) exclude(c, 'cap');
      else {
        items.push(strip(c));
        granted.add(key);
        kinds.add(c.kind);
        count++;
      }
    }
  }
  const order = <T extends { name: string; workerId: string; rule: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh') || a.workerId.localeCompare(b.workerId) || a.rule.localeCompare(b.rule);
  items.sort((a, b) => order(a, b) || b.amountYuan - a.amountYuan);
  excluded.sort(order);
  const summaries: SubsidyRuleSummary[] = rules.rules.map((r) => {
    const mine = items.filter((i) => i.rule === r.code);
    return {
      code: r.code,
      nameZh: r.nameZh,
      kind: r.kind,
      enabled: r.enabled,
      source: r.source,
      clauseZh: clauseOf(r.source),
      amountZh: amountZh(r),
      items: mine.length,
      excluded: excluded.filter((i) => i.rule === r.code).length,
      totalYuan: mine.reduce((s, i) => s + i.amountYuan, 0),
    };
  });
  return {
    stationId,
    year,
    items,
    excluded,
    totalYuan: items.reduce((s, i) => s + i.amountYuan, 0),
    rules: summaries,
    cap: { source: rules.capSource, clauseZh: clauseOf(rules.capSource), maxPerYear: rules.maxPerYear, onePerKind: rules.onePerKind, oncePerOccupationLevel: rules.oncePerOccupationLevel },
  };
}
