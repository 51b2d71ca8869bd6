import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFile, StationSettings } from '../../shared/contract/records';
import type { SubsidyList } from '../../shared/contract/report-types';
import { DEFAULT_SUBSIDY_RULES, type SubsidyRule } from '../../shared/contract/subsidy-rules';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';
import type { Channels } from '../../shared/contract/channels';
import type { InputOf } from '../../shared/contract/define';
import { call, reportStation } from './report-fixtures';

/** Fields as a test writes them, some on purpose incomplete; the contract's schema judges them at run time. */
type CertificateFields = InputOf<Channels['certificates.add']>['fields'];

type Station = Awaited<ReturnType<typeof reportStation>>;

const list = (s: Station, year = 2026) => call(s.core, s.admin, 'reports.subsidies', { stationId: s.stationId, year });
const setWorker = (s: Station, workerId: string, fields: Record<string, unknown>) => call(s.core, s.admin, 'workers.update', { workerId, fields });
const setTrade = (s: Station, workerId: string, trade: string) => s.core.db.prepare('UPDATE workers SET trade_id = ? WHERE id = ?').run(s.trade(trade), workerId);
const cert = (s: Station, workerId: string, fields: Record<string, unknown>) =>
  call(s.core, s.admin, 'certificates.add', { workerId, fields: { kind: 'skill_level', tradeId: null, level: null, number: '', issuer: '', ...fields } as CertificateFields });
async function editRules(s: Station, edit: (rules: SubsidyRule[]) => SubsidyRule[], extra: Record<string, unknown> = {}) {
  const current = (await call(s.core, s.admin, 'station.settings', { stationId: s.stationId })).subsidyRules;
  return call(s.core, s.admin, 'station.updateSettings', { stationId: s.stationId, subsidyRules: { ...current, rules: edit(structuredClone(current.rules)), ...extra } });
}
/** n sessions of 3 class hours (08:00-10:15, 45-minute class hours) in May 2026. */
async function hours3(s: Station, n: number, who: { badge: string }[], f: Omit<Parameters<Station['held']>[0], 'startsAt' | 'endsAt'> = {}) {
  for (let d = 1; d <= n; d++) await s.held({ ...f, startsAt: `2026-05-${String(d).padStart(2, '0')}T08:00`, endsAt: `2026-05-${String(d).padStart(2, '0')}T10:15` }, who);
}
const row = (l: SubsidyList, workerId: string, rule: string) => [...l.items, ...l.excluded].filter((i) => i.workerId === workerId && i.rule === rule);

describe('subsidy rules: each names its seed clause, word for word', () => {
  // The seeds sit beside the project (../shared/seeds); a checkout without them cannot run this.
  const dir = [join(__dirname, '../../../shared/seeds'), join(__dirname, '../../../../shared/seeds')].find(existsSync);
  it.runIf(dir)('every default rule quotes a sentence found in its seed file', () => {
    const squash = (t: string) => t.replace(/\s+/g, '');
    const seedText = (n: string) => squash(readFileSync(join(dir!, readdirSync(dir!).find((f) => f.startsWith(`${n}_`))!), 'utf8'));
    for (const r of [...DEFAULT_SUBSIDY_RULES.rules.map((x) => x.source), DEFAULT_SUBSIDY_RULES.capSource]) {
      expect(r.seed).toMatch(/^00[12]$/);
      expect(seedText(r.seed)).toContain(squash(r.text));
    }
    // The amounts in the data are the ones the sentences state.
    const by = Object.fromEntries(DEFAULT_SUBSIDY_RULES.rules.map((r) => [r.code, r]));
    expect(by.high_risk_safety!.source.text).toContain(`不少于${by.high_risk_safety!.minHours}课时`);
    expect(by.high_risk_safety!.source.text).toContain(`${by.high_risk_safety!.yuan}元`);
    expect(by.city_operation!.source.text).toContain(`不少于${by.city_operation!.minHours}课时`);
    expect(by.city_operation!.source.text).toContain(`${by.city_operation!.yuan}元`);
    for (const [level, y] of Object.entries(by.certificate!.yuanByLevel)) expect([level, by.certificate!.source.text.includes(`${y}元`)]).toEqual([level, true]);
    // 001 gives its 80 and 160 hours no amount, nor the language and entrepreneurship subsidies.
    expect([by.pre_job!.yuan, by.on_job_upgrade!.yuan, by.national_language!.yuan, by.entrepreneurship!.yuan]).toEqual([null, null, null, null]);
  });
});

describe('002 (九): 400 yuan for high-risk posts, after passing', () => {
  it('pays the post holder with a 考核合格证书, lists the plasterer and the unexamined gas worker as excluded', async () => {
    const s = await reportStation();
    const [zhang, li, wang] = s.people;
    await setWorker(s, zhang!.id, { highRiskPost: 'safety_management' });
    await setWorker(s, wang!.id, { highRiskPost: 'gas' });
    setTrade(s, li!.id, '抹灰工');
    await cert(s, zhang!.id, { kind: 'safety', issuedOn: '2026-05-20', number: 'AQ-001' });
    // 8 x 3 = 24 class hours of safety education for all three; 7 x 3 = 21 for the fourth.
    await hours3(s, 8, [zhang!, li!, wang!]);
    const l = await list(s);
    expect(row(l, zhang!.id, 'high_risk_safety').map((i) => [i.amountYuan, i.clauseZh])).toEqual([[400, '002 五（九）']]);
    expect(l.items.find((i) => i.workerId === zhang!.id)!.reasonZh).toContain('24课时');
    expect(l.items.find((i) => i.workerId === zhang!.id)!.reasonZh).toContain('AQ-001');
    expect(l.excluded.filter((i) => i.rule === 'high_risk_safety').map((i) => [i.name, i.excludedBecause]).sort()).toEqual([
      ['李四', 'not_high_risk_post'],
      ['王五', 'pass_not_recorded'],
    ]);
    expect(l.totalYuan).toBe(400);
    expect(l.rules.find((r) => r.code === 'high_risk_safety')).toMatchObject({ items: 1, excluded: 2, totalYuan: 400, clauseZh: '002 五（九）' });
  });
});

describe('002 (十) certificates, (九) special operation and apprenticeship', () => {
  it('checks the 2019 date and a year of insurance; pays 技师 by its own sentence; apprenticeship by level per year', async () => {
    const s = await reportStation();
    const [zhang, li, wang, ayi] = s.people;
    await setWorker(s, zhang!.id, { insuranceMonths: 12 });
    await setWorker(s, li!.id, { insuranceMonths: 11 });
    await cert(s, zhang!.id, { level: 'L4', tradeId: s.trade('钢筋工'), issuedOn: '2026-02-01' }); // 1500
    await cert(s, li!.id, { level: 'L4', tradeId: s.trade('砌筑工'), issuedOn: '2026-02-01' }); // insurance 11 < 12
    await cert(s, wang!.id, { level: 'L2', tradeId: s.trade('钢筋工'), issuedOn: '2026-03-01' }); // 4500, no insurance asked
    await cert(s, ayi!.id, { kind: 'special_operation', tradeId: s.trade('电工'), issuedOn: '2026-04-01' }); // up to 1000
    const l = await list(s);
    expect(l.items.map((i) => [i.name, i.rule, i.amountYuan, i.upTo]).sort()).toEqual([
      ['张三', 'certificate', 1500, false],
      ['王五', 'certificate_senior', 4500, false],
      ['阿依古丽·买买提', 'special_operation_certificate', 1000, true],
    ].sort());
    expect(l.excluded.map((i) => [i.name, i.excludedBecause])).toEqual([['李四', 'insurance_short']]);
    expect(l.items.find((i) => i.name === '张三')!.clauseZh).toBe('002 五（十）');

    // A certificate from before 2019 is not paid under (十) (the station may have kept it from an earlier year).
    await editRules(s, (rules) => rules.map((r) => (r.code === 'certificate' ? { ...r, issuedOnOrAfter: '2026-03-01' } : r)));
    // (the date is checked before the insurance: 李四 fails both, the first is named)
    expect((await list(s)).excluded.map((i) => [i.name, i.excludedBecause]).sort()).toEqual([['张三', 'certificate_too_early'], ['李四', 'certificate_too_early']].sort());

    // Apprenticeship at 高级工 from 2025-09-01 for three years: 5000 in 2025, 2026 and 2027, none in 2028.
    await setWorker(s, ayi!.id, { apprenticeLevel: 'L3', apprenticeFrom: '2025-09-01', apprenticeTo: '2028-08-31' });
    for (const [year, n] of [[2025, 1], [2026, 1], [2027, 1], [2028, 0]] as const) {
      const y = await list(s, year);
      expect([year, y.items.filter((i) => i.rule === 'apprenticeship').map((i) => i.amountYuan)]).toEqual([year, n ? [5000] : []]);
    }
    // In 2026 the apprenticeship (5000) and the special-operation certificate (1000) are both
    // vocational-training subsidies: one a year, the larger.
    const y26 = await list(s);
    expect(row(y26, ayi!.id, 'apprenticeship').map((i) => i.amountYuan)).toEqual([5000]);
    expect(y26.excluded.find((i) => i.workerId === ayi!.id)).toMatchObject({ rule: 'special_operation_certificate', excludedBecause: 'kind_used' });

    // The file: the clause beside each line, the rules sheet with the sentences, the excluded with reasons.
    const sheets = readXlsxWithPython(Buffer.from((await call(s.core, s.admin, 'exports.subsidies', { stationId: s.stationId, year: 2026 })).base64, 'base64'));
    const main = sheetNamed(sheets, '补贴名单');
    expect(main.rows[1]).toEqual(['序号', '姓名', '证件号码', '职业（工种）', '等级', '补贴项目', '补贴标准（元）', '依据条款', '符合条件说明']);
    // (张三's certificate is now before the station's date)
    expect(main.rows.filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[6], r[7]]).sort()).toEqual([
      ['王五', 4500, '002 五（十）'],
      ['阿依古丽·买买提', 5000, '002 五（九）'],
    ].sort());
    const rulesSheet = sheetNamed(sheets, '补贴规则及条款');
    const high = rulesSheet.rows.find((r) => r[0] === '高危岗位从业人员安全技能培训')!;
    expect(high[2]).toBe('每人400元');
    expect(high[4]).toBe('五（九）');
    expect(String(high[5])).toContain('考试合格后按每人400元标准给予补贴');
    expect(rulesSheet.rows.find((r) => r[0] === '新录用员工岗前培训')![2]).toBe('未定（种子未规定金额，由本站填写）');
    expect(rulesSheet.rows.find((r) => r[0] === '次数上限')![5]).toContain('同一职业同一等级不可重复享受');
    const excludedSheet = sheetNamed(sheets, '未列入人员');
    expect(excludedSheet.rows.filter((r) => typeof r[0] === 'number').map((r) => [r[1], r[6]]).sort()).toEqual([
      ['张三', '证书取得时间早于条款规定'],
      ['李四', '证书取得时间早于条款规定'],
      ['阿依古丽·买买提', '本年已享受同类补贴'],
    ].sort());
    expect(sheetNamed(sheets, '依据明细').rows.filter((r) => r[4] === '条款').map((r) => r[3]).sort()).toEqual(['002 五（九）', '002 五（十）']);
  });
});

describe('002 (十一) and 001\'s hours: nobody silently left off', () => {
  it('a 水处理人员 with 40 h is listed (pass not recorded), 物业 is outside the fields, 80 h of 岗前 has no amount', async () => {
    const s = await reportStation();
    const [zhang, li, wang] = s.people;
    setTrade(s, zhang!.id, '水处理人员');
    setTrade(s, li!.id, '物业服务人员');
    await setWorker(s, wang!.id, { entryDate: '2026-04-20' });
    // 14 x 3 = 42 class hours of non-grade skills training for 张三 and 李四.
    await hours3(s, 14, [zhang!, li!], { category: 'skills', nationalType: '003004' });
    // 27 x 3 = 81 class hours of site-entry education for 王五 (entered 11 days before).
    for (let d = 1; d <= 27; d++) await s.held({ startsAt: `2026-06-${String(d).padStart(2, '0')}T08:00`, endsAt: `2026-06-${String(d).padStart(2, '0')}T10:15`, category: 'culture', nationalType: '003002' }, [wang!]);
    const l = await list(s);
    expect(l.items).toEqual([]);
    expect(l.excluded.map((i) => [i.name, i.rule, i.excludedBecause, i.amountYuan]).sort()).toEqual([
      ['张三', 'city_operation', 'pass_not_recorded', 500],
      ['李四', 'city_operation', 'trade_not_in_fields', 500],
      ['王五', 'pre_job', 'no_amount', null],
    ].sort());

    // The station enters 001's amount for 岗前培训: paid; a worker who entered long before is not a new hire.
    await editRules(s, (rules) => rules.map((r) => (r.code === 'pre_job' ? { ...r, yuan: 600 } : r)));
    expect((await list(s)).items.map((i) => [i.name, i.amountYuan])).toEqual([['王五', 600]]);
    await setWorker(s, wang!.id, { entryDate: '2025-01-10' });
    expect((await list(s)).excluded.find((i) => i.name === '王五')!.excludedBecause).toBe('not_new_hire');
  });

  it('an exam passed in a counted session is the pass 考试合格后 asks for; a failed one is said so', async () => {
    const s = await reportStation();
    const [zhang, li] = s.people;
    setTrade(s, zhang!.id, '水处理人员');
    setTrade(s, li!.id, '水处理人员');
    const ids: string[] = [];
    for (let d = 1; d <= 14; d++) {
      const day = `2026-05-${String(d).padStart(2, '0')}`;
      ids.push(await s.held({ startsAt: `${day}T08:00`, endsAt: `${day}T10:15`, category: 'skills', nationalType: '003004' }, [zhang!, li!]));
    }
    const last = ids.at(-1)!;
    await call(s.core, s.admin, 'exams.save', { sessionId: last, fields: { mode: 'draw', draw: [{ category: 'safety', count: 10 }], passPercent: 60 } });
    await call(s.core, s.admin, 'exams.paperScores', { sessionId: last, rows: [{ workerId: zhang!.id, score: 80 }, { workerId: li!.id, score: 30 }] });
    const l = await list(s);
    expect(l.items.map((i) => [i.name, i.rule, i.amountYuan])).toEqual([['张三', 'city_operation', 500]]);
    expect(l.items[0]!.reasonZh).toContain('考试合格（80/100分）');
    expect(l.excluded.map((i) => [i.name, i.excludedBecause])).toEqual([['李四', 'pass_failed']]);
  });
});

describe('001 五(二): three a year, one of each kind, never twice for an occupation and level', () => {
  it('a worker meeting four rules in one year gets one vocational and one language subsidy', async () => {
    const s = await reportStation();
    const zhang = s.people[0]!;
    setTrade(s, zhang.id, '电工');
    await setWorker(s, zhang.id, { highRiskPost: 'special_operation', insuranceMonths: 24 });
    await cert(s, zhang.id, { level: 'L4', tradeId: s.trade('电工'), issuedOn: '2026-02-01' }); // 1500 (十)
    await cert(s, zhang.id, { kind: 'special_operation', tradeId: s.trade('电工'), issuedOn: '2026-02-02' }); // 1000 (九)
    await cert(s, zhang.id, { kind: 'safety', issuedOn: '2026-05-30' }); // the pass for the 400
    await hours3(s, 8, [zhang]); // 24 h safety: 400 (九)
    await s.held({ startsAt: '2026-07-01T08:00', endsAt: '2026-07-01T10:15', category: 'national_language' }, [zhang]);
    await editRules(s, (rules) => rules.map((r) => (r.code === 'national_language' ? { ...r, yuan: 300, requiresPass: false } : r)));
    const l = await list(s);
    expect(l.items.map((i) => [i.rule, i.amountYuan, i.kind])).toEqual([
      ['certificate', 1500, 'vocational'],
      ['national_language', 300, 'language'],
    ]);
    expect(l.excluded.map((i) => [i.rule, i.excludedBecause]).sort()).toEqual([
      ['high_risk_safety', 'kind_used'],
      ['special_operation_certificate', 'kind_used'],
    ]);
    // A cap of one a year: the language subsidy goes too.
    const settings = (await call(s.core, s.admin, 'station.settings', { stationId: s.stationId })).subsidyRules;
    await call(s.core, s.admin, 'station.updateSettings', { stationId: s.stationId, subsidyRules: { ...settings, maxPerYear: 1 } });
    expect((await list(s)).excluded.find((i) => i.rule === 'national_language')!.excludedBecause).toBe('cap');
  });

  it('two non-grade subsidies for one occupation are one level: the second is refused, this year and next', async () => {
    const s = await reportStation();
    const zhang = s.people[0]!;
    await setWorker(s, zhang.id, { highRiskPost: 'safety_management' });
    await cert(s, zhang.id, { kind: 'safety', issuedOn: '2026-05-30' });
    await hours3(s, 8, [zhang]); // 24 h safety → 400
    await hours3(s, 14, [zhang], { category: 'skills' }); // 42 h non-grade skills → 500, but no pass recorded
    // With the kinds not counted and the pass not asked, both rules meet: one level, the larger.
    await editRules(s, (rules) => rules.map((r) => (r.code === 'city_operation' ? { ...r, requiresPass: false } : r)), { onePerKind: false });
    const l = await list(s);
    expect(l.items.map((i) => [i.rule, i.amountYuan])).toEqual([['city_operation', 500]]);
    expect(l.excluded.map((i) => [i.rule, i.excludedBecause])).toEqual([['high_risk_safety', 'already_granted']]);
  });

  it('refuses a negative amount and two rules with one code; two overlapping rules pay once, the larger', async () => {
    const s = await reportStation();
    const r = await (async () => {
      try {
        await editRules(s, (rules) => rules.map((x) => (x.code === 'city_operation' ? { ...x, yuan: -500 } : x)));
        return 'ok';
      } catch (err) {
        return String(err);
      }
    })();
    expect(r).toMatch(/invalid_input.*subsidyRules.*yuan/);
    const dup = await editRules(s, (rules) => [...rules, rules[0]!]).then(
      () => 'ok',
      (err: unknown) => String(err),
    );
    expect(dup).toMatch(/invalid_input.*duplicate rule code/);

    // The station adds its own city's 600 for the same training: overlap, one payment (the larger).
    const zhang = s.people[0]!;
    await editRules(s, (rules) => [
      ...rules.map((x) => (x.code === 'city_operation' ? { ...x, requiresPass: false } : x)),
      { ...rules.find((x) => x.code === 'city_operation')!, code: 'city_operation_local', nameZh: '本市非等级技能培训', requiresPass: false, yuan: 600, source: { seed: '', document: '本市补充通知', clause: '第三条', text: '非等级技能培训40课时以上每人600元。' } },
    ]);
    await hours3(s, 14, [zhang], { category: 'skills' });
    const l = await list(s);
    expect(l.items.map((i) => [i.rule, i.amountYuan, i.clauseZh])).toEqual([['city_operation_local', 600, '第三条']]);
    expect(l.excluded.map((i) => [i.rule, i.excludedBecause])).toEqual([['city_operation', 'already_granted']]);
    // Every edit of the rules is in the audit log.
    const audits = s.core.db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'station_settings'").pluck().get() as number;
    expect(audits).toBe(1);
  });

  it('a stored rule set from before (one shape older) falls back to the seeds\' rules', async () => {
    const s = await reportStation();
    s.core.db
      .prepare("INSERT INTO station_settings (station_id, key, value_json, updated_at) VALUES (?, 'subsidyRules', ?, '2026-01-01')")
      .run(s.stationId, JSON.stringify({ classHourRules: [], certificateYuan: {}, maxPerYear: 3, oncePerOccupationLevel: true }));
    const rules = (await call(s.core, s.admin, 'station.settings', { stationId: s.stationId })).subsidyRules;
    expect(rules.rules.map((r) => r.code)).toEqual(DEFAULT_SUBSIDY_RULES.rules.map((r) => r.code));
  });
});

describe('worker record: what the subsidy clauses ask', () => {
  it('takes the post, insurance months and apprenticeship from the form and the import, refuses what is wrong', async () => {
    const s = await reportStation();
    const w = s.people[0]!;
    expect(await setWorker(s, w.id, { insuranceMonths: 12.5 }).then(() => 'ok', (e: unknown) => String(e))).toMatch(/invalid_input/);
    expect(await setWorker(s, w.id, { apprenticeLevel: 'L5', apprenticeFrom: '2026-01-01' }).then(() => 'ok', (e: unknown) => String(e))).toMatch(/invalid_input/);
    expect(await setWorker(s, w.id, { apprenticeLevel: 'L4' }).then(() => 'ok', (e: unknown) => String(e))).toMatch(/apprenticeFrom/);
    expect(await setWorker(s, w.id, { apprenticeLevel: 'L4', apprenticeFrom: '2026-03-01', apprenticeTo: '2026-02-01' }).then(() => 'ok', (e: unknown) => String(e))).toMatch(/apprenticeTo/);
    const ok = await call(s.core, s.admin, 'workers.update', {
      workerId: w.id,
      fields: { highRiskPost: 'gas', insuranceMonths: 13, apprenticeLevel: 'L3', apprenticeFrom: '2026-03-01', apprenticeTo: '2027-02-28' },
    });
    expect([ok.highRiskPost, ok.insuranceMonths, ok.apprenticeLevel]).toEqual(['gas', 13, 'L3']);
  });
});
