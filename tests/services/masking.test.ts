// PIPL art. 28 (an ID number is sensitive personal information): a masked ID number keeps its region and last 4; nothing a trainer (or a masked export,
// or the audit log) sees beside it may give back the hidden 8 digits (the birth date), and search
// may not be an oracle for them. Phones are masked the same way.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/app/dispatch';
import { migrate } from '../../main/db/migrate';
import { MIGRATIONS } from '../../main/db/migrations/index';
import { safeSnapshot } from '../../main/services/audit';
import type { Caller } from '../../shared/contract/access';
import type { WorkerDetail } from '../../shared/contract/records';
import { digitMatch, maskMobile, shownNumbers, DIGIT_PROBES_PER_WINDOW } from '../../shared/domain/privacy';
import { tempDir } from '../support/temp';
import { readXlsxWithPython } from '../support/xlsx-read';
import { audit, makeId, roster } from './roster-fixtures';

const PEOPLE = [
  { name: '张建国', id: makeId('110105', '19491231', '002'), mobile: '13800138000', team: '钢筋一班' },
  { name: '买买提·艾力', id: makeId('650102', '19790615', '013'), mobile: '15912345678', team: '木工班' },
  { name: '李秀英', id: makeId('440703', '19920229', '024'), mobile: '18698765432', team: '钢筋一班' },
];
type Person = (typeof PEOPLE)[number];

/** Runs of digits (an X may end one) in a text. */
const digitRuns = (text: string) => text.match(/\d+X?/g) ?? [];

/**
 * Everything in `text` that, with the mask, gives the full number: the number itself, the birth date
 * (as 8 digits or with separators), and any run of 5+ of its characters that reaches into the hidden part.
 */
function leaks(text: string, p: Person): string[] {
  const found: string[] = [];
  const birth = p.id.slice(6, 14);
  const dashed = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`;
  for (const s of [p.id, birth, dashed, `${birth.slice(0, 4)}/${birth.slice(4, 6)}/${birth.slice(6)}`, p.mobile]) if (text.includes(s)) found.push(s);
  // An ID substring beyond the mask: 5+ characters overlapping positions 6..13.
  for (const run of digitRuns(text)) {
    if (run.length < 5) continue;
    for (let at = p.id.indexOf(run); at >= 0; at = p.id.indexOf(run, at + 1)) {
      if (at < 14 && at + run.length > 6) found.push(`id part ${run}`);
    }
    for (let at = p.mobile.indexOf(run); at >= 0; at = p.mobile.indexOf(run, at + 1)) {
      if (at < 7 && at + run.length > 3) found.push(`phone part ${run}`);
    }
  }
  return found;
}

/**
 * The combination check: every date-looking value in an answer, put between the region and the last
 * 4 of the masked ID beside it, must not give the ID number.
 */
function rebuilds(value: unknown, p: Person): boolean {
  const text = JSON.stringify(value);
  const region = p.id.slice(0, 6);
  const tail = p.id.slice(-4);
  const dates = [...(text.match(/\d{4}-\d{2}-\d{2}/g) ?? []).map((d) => d.replace(/-/g, '')), ...(text.match(/(?<!\d)\d{8}(?!\d)/g) ?? [])];
  return dates.some((d) => region + d + tail === p.id);
}

function expectNoLeak(where: string, value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  for (const p of PEOPLE) {
    expect(leaks(text, p), `${where}: ${p.name}`).toEqual([]);
    expect(rebuilds(text, p), `${where}: ${p.name} rebuilt`).toBe(false);
  }
}

async function station() {
  const r = await roster({ at: '2026-03-01T23:55:00.000Z' });
  const workers: WorkerDetail[] = [];
  const answers: [string, unknown][] = [];
  for (const p of PEOPLE) {
    const w = await r.must<WorkerDetail>(r.trainer, 'workers.create', {
      stationId: r.stationId,
      fields: { name: p.name, idNumber: p.id, mobile: p.mobile, team: p.team, homeProvince: '新疆', entryDate: '2026-02-01' },
    });
    answers.push(['workers.create', w]);
    workers.push(w);
  }
  return { ...r, workers, answers };
}

describe('the masking rule (shared/domain/privacy)', () => {
  it('masks phones 3 + 4, and shows the birth year, not the date, beside a masked ID', () => {
    expect(maskMobile('13800138000')).toBe('138****8000');
    expect(maskMobile('')).toBe('');
    const w = { idNumber: PEOPLE[0]!.id, idType: 'resident' as const, mobile: '13800138000', birthDate: '1949-12-31' };
    expect(shownNumbers(w, false)).toEqual({
      idNumber: '110105********002X', idMasked: '110105********002X', mobile: '138****8000', mobileMasked: '138****8000', birthDate: null, birthYear: 1949,
    });
    expect(shownNumbers(w, true)).toMatchObject({ idNumber: PEOPLE[0]!.id, mobile: '13800138000', birthDate: '1949-12-31' });
  });

  it('matches digits only against what the masks show', () => {
    expect(digitMatch('002X')).toMatchObject({ idTail: '002X', mobileTail: null });
    expect(digitMatch('8000')).toMatchObject({ idTail: '8000', mobileTail: '8000' });
    expect(digitMatch('1231002X')).toEqual({ idTail: null, idRegion: null, mobileHead: null, mobileTail: null });
    expect(digitMatch(PEOPLE[0]!.id)).toMatchObject({ idTail: '002X', idRegion: '110105' });
    expect(digitMatch('13800138000')).toMatchObject({ mobileHead: '138', mobileTail: '8000' });
    expect(digitMatch('1380013')).toEqual({ idTail: null, idRegion: null, mobileHead: null, mobileTail: null });
    // An old 15-digit card number: its 18-character form's mask.
    expect(digitMatch('110105491231002')).toMatchObject({ idTail: '002X', idRegion: '110105' });
  });
});

describe('no answer, export or audit row a trainer may see gives back a full ID number', () => {
  it('holds for every screen answer about a worker, the masked roster export and the audit log', async () => {
    const r = await station();
    const { trainer, admin, stationId, workers, answers } = r;
    const [a, b, c] = workers as [WorkerDetail, WorkerDetail, WorkerDetail];
    answers.push(['workers.update', await r.must(trainer, 'workers.update', { workerId: a.id, fields: { team: '钢筋二班', mobile: '13800138000' } })]);
    answers.push(['workers.archive', await r.must(trainer, 'workers.archive', { workerId: c.id, archived: true })]);
    answers.push(['workers.unarchive', await r.must(trainer, 'workers.archive', { workerId: c.id, archived: false })]);
    answers.push(['workers.reissueBadge', await r.must(trainer, 'workers.reissueBadge', { workerId: b.id })]);
    for (const q of ['', '张', '钢筋一班', '002X', '8000', '138', PEOPLE[0]!.id, '13800138000']) {
      answers.push([`workers.search ${q}`, await r.must(trainer, 'workers.search', { stationId, q, status: 'all' })]);
    }
    for (const w of workers) {
      answers.push(['workers.get', await r.must(trainer, 'workers.get', { workerId: w.id })]);
      answers.push(['reports.workerRecord', await r.must(trainer, 'reports.workerRecord', { workerId: w.id })]);
    }
    answers.push(['workers.badgeSheet', await r.must(trainer, 'workers.badgeSheet', { workerIds: workers.map((w) => w.id) })]);
    const made = await r.must<{ id: string }[]>(admin, 'sessions.create', {
      stationId,
      fields: { title: '安全教育', category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:30' },
    });
    const sessionId = made[0]!.id;
    answers.push(['kiosk.scan', await r.must(admin, 'kiosk.scan', { sessionId, code: PEOPLE[1]!.id, method: 'id_card', idempotencyKey: 'mask-key-1' })]);
    answers.push(['attendance.live', await r.must(trainer, 'attendance.live', { sessionId })]);
    answers.push(['reports.signInSheet', await r.must(trainer, 'reports.signInSheet', { sessionId })]);
    // An admin merges two records: the merge row carries both records' snapshots.
    const d = await r.must<WorkerDetail>(trainer, 'workers.create', { stationId, fields: { name: '张建国', idNumber: makeId('110105', '19880101', '035'), mobile: '13800138001' } });
    await r.must(admin, 'workers.merge', { keepId: a.id, mergeId: d.id });

    for (const [where, value] of answers) expectNoLeak(where, value);
    // Year of birth (or age in years) is enough, and is there.
    const got = answers.find(([w]) => w === 'workers.get')![1] as WorkerDetail & { birthYear: number };
    expect(got).toMatchObject({ idNumber: '110105********002X', mobile: '138****8000', birthDate: null, birthYear: 1949 });

    // The masked roster export, read back by another reader.
    for (const format of ['xlsx', 'csv'] as const) {
      const f = await r.must<{ base64: string }>(trainer, 'exports.workers', { stationId, format });
      const bytes = Buffer.from(f.base64, 'base64');
      const text = format === 'xlsx' ? JSON.stringify(readXlsxWithPython(bytes)[0]!.rows) : bytes.toString('utf8');
      expectNoLeak(`exports.workers ${format}`, text);
      expect(text).toContain('138****8000');
      expect(text).toContain('1949');
    }

    // The audit rows, and the audit export an admin takes.
    const rows = audit(r.core);
    expect(rows.filter((x) => x.entity === 'worker').length).toBeGreaterThanOrEqual(8);
    expectNoLeak('audit_log', rows);
    const exported = await r.must<{ base64: string }>(admin, 'audit.export', {});
    expectNoLeak('audit.export', JSON.stringify(readXlsxWithPython(Buffer.from(exported.base64, 'base64'))[0]!.rows));

    // The admin's recorded reveal still shows everything, and says so in the log.
    const revealed = await r.must<WorkerDetail>(admin, 'workers.get', { workerId: a.id, revealId: true });
    expect(revealed).toMatchObject({ idNumber: PEOPLE[0]!.id, mobile: '13800138000', birthDate: '1949-12-31', idRevealed: true });
    expect(audit(r.core, 'reveal_id')).toHaveLength(1);
    const full = await r.must<{ base64: string }>(admin, 'exports.workers', { stationId, format: 'csv', fullIdNumbers: true });
    const fullText = Buffer.from(full.base64, 'base64').toString('utf8');
    expect(fullText).toContain(PEOPLE[0]!.id);
    expect(fullText).toContain('1949-12-31');
    expect(fullText).toContain('13800138000');
  });
});

describe('workers.search is not an oracle for hidden digits', () => {
  it('matches ID digits only against the last 4 and phones only against their mask', async () => {
    const r = await station();
    const names = async (q: string, caller: Caller = r.trainer) =>
      (await r.must(caller, 'workers.search', { stationId: r.stationId, q, sort: 'name', dir: 'asc' })).rows.map((x: { name: string }) => x.name);
    const zhang = PEOPLE[0]!;
    expect(await names(zhang.id.slice(-4))).toEqual(['张建国']);
    expect(await names(zhang.id.slice(-3))).toEqual(['张建国']);
    // One hidden digit more, or the birth date's tail: nothing, for a trainer and an admin alike.
    for (const n of [5, 6, 8, 12, 17]) {
      expect(await names(zhang.id.slice(-n)), `last ${n}`).toEqual([]);
      expect(await names(zhang.id.slice(-n), r.admin), `last ${n} (admin)`).toEqual([]);
    }
    // A wrong guess at the hidden digits with the right mask finds the person just the same.
    expect(await names(zhang.id)).toEqual(['张建国']);
    expect(await names(zhang.id.slice(0, 6) + '19500101' + zhang.id.slice(-4))).toEqual(['张建国']);
    // Phones: first 3, last 4, or a full number by its mask; never the hidden middle.
    expect(await names('8000')).toEqual(['张建国']);
    expect(await names('13800138000')).toEqual(['张建国']);
    expect(await names('13899998000')).toEqual(['张建国']);
    expect(await names('1380013')).toEqual([]);
    expect(await names('38000')).toEqual([]);
  });

  it('answers rate_limited to a caller probing too many digit strings in a minute', async () => {
    const r = await station();
    const probe = (q: string, caller: Caller) => dispatch(r.core, caller, 'workers.search', { stationId: r.stationId, q });
    const other: Caller = { role: 'trainer', accountId: 'trainer-2', via: 'internal' };
    for (let i = 0; i < DIGIT_PROBES_PER_WINDOW; i++) expect((await probe(String(1000 + i), r.trainer)).ok).toBe(true);
    // The same probe again, or a name, is not a new probe.
    expect((await probe('1000', r.trainer)).ok).toBe(true);
    expect((await probe('张', r.trainer)).ok).toBe(true);
    expect(await probe('2000', r.trainer)).toMatchObject({ ok: false, error: { code: 'rate_limited', details: { reason: 'workers.search_probes' } } });
    expect((await probe('2000', other)).ok).toBe(true);
    r.clock.advance(61_000);
    expect((await probe('2000', r.trainer)).ok).toBe(true);
  });
});

describe('anonymising a worker scrubs earlier audit rows', () => {
  it('keeps the rows and their actions, drops name, ID, phone and birth date, and the log stays append-only', async () => {
    const r = await station();
    const [a] = r.workers as [WorkerDetail];
    await r.must(r.trainer, 'workers.update', { workerId: a.id, fields: { team: '钢筋二班', mobile: '13912340000' } });
    await r.must(r.trainer, 'workers.update', { workerId: a.id, fields: { status: 'left', exitDate: '2026-03-01' } });
    const before = audit(r.core).map((x) => ({ action: x.action, entity: x.entity, entity_id: x.entity_id }));
    const mine = () => audit(r.core).filter((x) => x.entity_id === a.id);
    expect(mine().map((x) => x.before_json + ' ' + x.after_json).join(' ')).toContain('张建国');
    await r.must(r.admin, 'workers.anonymise', { workerId: a.id });
    const after = audit(r.core);
    expect(after.slice(0, before.length).map((x) => ({ action: x.action, entity: x.entity, entity_id: x.entity_id }))).toEqual(before);
    const text = mine().map((x) => `${x.before_json} ${x.after_json}`).join('\n');
    for (const secret of ['张建国', '110105', '002X', '1949', '新疆', '****8000', '****0000', '8000"', '0000"']) expect(text, secret).not.toContain(secret);
    expect(mine().map((x) => x.action)).toEqual(['create', 'update', 'update', 'anonymise']);
    // Other workers' rows are untouched.
    expect(audit(r.core).filter((x) => x.entity_id === r.workers[1]!.id)[0]!.after_json).toContain('买买提');
    // Nothing else may edit or delete the log.
    expect(() => r.core.db.prepare("UPDATE audit_log SET after_json = '{}' WHERE entity_id = ?").run(a.id)).toThrow(/append-only/);
    expect(() => r.core.db.prepare('DELETE FROM audit_log WHERE entity_id = ?').run(a.id)).toThrow(/append-only/);
    expect(r.core.db.prepare('SELECT count(*) FROM audit_scrub').pluck().get()).toBe(0);
  });
});

describe('audit snapshots and earlier rows', () => {
  it('safeSnapshot keeps a birth date as its year and an ID or phone only as the rule masks it', () => {
    expect(safeSnapshot({ birthDate: '1949-12-31', date_of_birth: '1949-12-31', idNumber: PEOPLE[0]!.id, idMasked: '110105********002X', mobile: '138****8000', phone: '13800138000' })).toEqual({
      birthDate: 1949, date_of_birth: 1949, idNumber: '**************002X', idMasked: '110105********002X', mobile: '138****8000', phone: '*******8000',
    });
    // A "mask" that shows the hidden digits is not the rule's mask: all hidden.
    expect(safeSnapshot({ idMasked: '1101051949123*****' })).toEqual({ idMasked: '*'.repeat(18) });
  });

  it('migration 019 turns the birth dates already in the log into years and opens no other door', () => {
    const db = new Database(join(tempDir(), 'm.sqlite'));
    migrate(db, MIGRATIONS, 18);
    const snap = (birthDate: string) => JSON.stringify({ id: 'W1', name: '张三', idMasked: '110105********002X', birthDate, team: '一班' });
    db.prepare("INSERT INTO audit_log (id, at, via, action, entity, entity_id, before_json, after_json) VALUES ('A1', '2025-01-01T00:00:00.000Z', 'ipc', 'update', 'worker', 'W1', ?, ?)").run(
      snap('1949-12-31'),
      snap('1949-12-31'),
    );
    migrate(db, MIGRATIONS, 19);
    const row = db.prepare("SELECT before_json, after_json FROM audit_log WHERE id = 'A1'").get() as { before_json: string; after_json: string };
    expect(JSON.parse(row.after_json)).toEqual({ id: 'W1', name: '张三', idMasked: '110105********002X', birthYear: 1949, team: '一班' });
    expect(row.before_json).not.toContain('12-31');
    expect(() => db.prepare("UPDATE audit_log SET after_json = '{}' WHERE id = 'A1'").run()).toThrow(/append-only/);
    // Even a listed row may change only its snapshots.
    db.prepare("INSERT INTO audit_scrub VALUES ('A1')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'create' WHERE id = 'A1'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit_log WHERE id = 'A1'").run()).toThrow(/append-only/);
    db.prepare("UPDATE audit_log SET after_json = '{}' WHERE id = 'A1'").run();
    db.close();
  });
});
