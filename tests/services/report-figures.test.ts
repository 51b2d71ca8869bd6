import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/contract/records';
import type { PeriodReport } from '../../shared/contract/report-types';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';
import type { Channels } from '../../shared/contract/channels';
import type { InputOf } from '../../shared/contract/define';
import { call, reportStation } from './report-fixtures';

describe('the rows seed 000 and 003 ask for, counted by hand', () => {
  it('by township and platform type code, the 高级工+ share of vocational-skills training, the certificate rate, national-language training', async () => {
    const s = await reportStation();
    const [zhang, li, wang, ayi] = s.people as [typeof s.people[0] & object, typeof s.people[0] & object, typeof s.people[0] & object, typeof s.people[0] & object];
    // 张三, 王五: 钢筋工 of 尉犁镇; 李四, 阿依古丽: 砌筑工 of 团结镇 (the fixture).
    await call(s.core, s.admin, 'workers.update', { workerId: ayi.id, fields: { mandarinLevel: 'none' } });
    await call(s.core, s.admin, 'workers.update', { workerId: wang.id, fields: { mandarinLevel: 'basic' } });
    await s.held({ category: 'skills', skillLevel: 'L3', nationalType: '003004', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' }, [zhang, li]);
    await s.held({ category: 'skills', nationalType: '003004', startsAt: '2026-03-03T08:00', endsAt: '2026-03-03T09:30' }, [zhang, wang, ayi]);
    await s.held({ category: 'safety', skillLevel: 'L4', nationalType: '003001', startsAt: '2026-03-04T08:00', endsAt: '2026-03-04T09:30' }, [li]);
    await s.held({ category: 'safety', startsAt: '2026-03-05T08:00', endsAt: '2026-03-05T09:30' }, [zhang, li, wang, ayi]);
    await s.held({ category: 'national_language', startsAt: '2026-03-06T08:00', endsAt: '2026-03-06T09:30' }, [ayi, wang]);
    const cert = (workerId: string, kind: InputOf<Channels['certificates.add']>['fields']['kind'], issuedOn: string) =>
      call(s.core, s.admin, 'certificates.add', { workerId, fields: { kind, tradeId: null, level: kind === 'skill_level' ? 'L4' : null, issuedOn } });
    await cert(zhang.id, 'skill_level', '2026-02-01'); // held by the end of March
    await cert(li.id, 'skill_level', '2026-04-10'); // not yet
    await cert(wang.id, 'safety', '2026-02-01'); // not a skill-level certificate

    const r = await call(s.core, s.admin, 'reports.period', { stationId: s.stationId, kind: 'month', period: '2026-03' });
    expect(r.totals.personTimes).toBe(12);
    // Vocational-skills person-times: 2 (skills, 高级工) + 3 (skills, no level) + 1 (safety at 中级工) = 6; 高级工+: 2.
    expect(r.advanced).toEqual({ advancedPersonTimes: 2, leveledPersonTimes: 3, skillsPersonTimes: 6, percent: 33.3, target: 30 });
    // Trainees of those sessions: all four; with a skill-level certificate by 03-31: 张三 alone.
    expect(r.certificateRate).toEqual({ trainees: 4, withCertificate: 1, percent: 25, target: 70 });
    const fig = (rows: PeriodReport['byTownship']) => Object.fromEntries(rows.map((x) => [x.label, [x.sessions, x.personTimes, x.distinctWorkers]]));
    // 尉犁镇: 张三 in 1, 2, 4 and 王五 in 2, 4, 5 → sessions 1,2,4,5 / 6 person-times / 2 people.
    expect(fig(r.byTownship)).toEqual({ 尉犁镇: [4, 6, 2], 团结镇: [5, 6, 2] });
    expect(fig(r.byNationalType)).toEqual({ '003004 技能培训': [2, 5, 4], '003001 安全教育': [1, 1, 1], 未填培训类型: [2, 6, 4] });
    expect([r.language.figures.sessions, r.language.figures.personTimes, r.language.figures.distinctWorkers]).toEqual([1, 2, 2]);
    expect(r.language.byMandarinLevel).toEqual([
      { level: 'none', workers: 1 },
      { level: 'basic', workers: 1 },
      { level: 'fluent', workers: 0 },
      { level: 'unknown', workers: 0 },
    ]);

    const sheets = readXlsxWithPython(Buffer.from((await call(s.core, s.admin, 'exports.periodReport', { stationId: s.stationId, kind: 'month', period: '2026-03' })).base64, 'base64'));
    const summary = sheetNamed(sheets, '总体情况');
    const value = (label: string) => summary.rows.find((x) => x[0] === label)?.[1];
    expect(value('高级工及以上占比（%）（注1）')).toBe(33.3);
    expect(value('高级工及以上占比目标（%）')).toBe('不低于30');
    expect(value('取证率（%）（注2）')).toBe(25);
    expect(value('取证率目标（%）')).toBe('不低于70');
    expect(value('国家通用语言培训人次')).toBe(2);
    expect(summary.rows.some((x) => String(x[0]).startsWith('注1：种子文件003'))).toBe(true);
    const town = sheetNamed(sheets, '按乡镇');
    expect(town.rows.filter((x) => x[0] === '尉犁镇' || x[0] === '团结镇').map((x) => [x[0], x[2]])).toEqual([['团结镇', 6], ['尉犁镇', 6]].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'zh')));
    expect(sheetNamed(sheets, '按培训类型').rows.find((x) => x[0] === '003004 技能培训')![2]).toBe(5);
  });
});
