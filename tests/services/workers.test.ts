import { describe, expect, it } from 'vitest';
import type { WorkerDetail } from '../../shared/contract/records';
import { audit, idFor, makeId, roster } from './roster-fixtures';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

describe('workers.create / get', () => {
  it('derives sex and birth date from the ID number, masks it, and issues a badge', async () => {
    const r = await roster();
    const w = await r.must<WorkerDetail>(r.trainer, 'workers.create', {
      stationId: r.stationId,
      fields: { name: '  张建国 ', idNumber: '11010519491231002x', mobile: '+86 138 0013 8000', tradeId: r.trades.get('钢筋工'), team: '钢筋一班' },
    });
    // Beside the masked number only the birth year; the phone masked the same way (shared/domain/privacy).
    expect(w).toMatchObject({ name: '张建国', sex: 'F', birthDate: null, birthYear: 1949, idNumber: '110105********002X', idRevealed: false, mobile: '138****8000', tradeName: '钢筋工' });
    expect(w.badgeCode).toMatch(/^W\d{7}$/);
    expect(w.badgeCode).not.toContain('002X');
    const row = r.core.db.prepare('SELECT id_number, id_rev, mobile_rev FROM workers WHERE id = ?').get(w.id) as any;
    expect(row).toEqual({ id_number: '11010519491231002X', id_rev: 'X20013219491501011', mobile_rev: '00083100831' });
    const [created] = audit(r.core, 'create');
    expect(created!.after_json).not.toContain('11010519491231002X');
    expect(created!.after_json).toContain('110105********002X');
    expect(created!.account_id).toBe('trainer-1');
  });

  it.each([
    ['wrong check digit', '110105194912310021', 'idcheck.bad_check_digit'],
    ['impossible birth date', makeId('110105', '19900230', '123'), 'idcheck.bad_date'],
    ['future birth date', makeId('110105', '20300101', '123'), 'idcheck.future_date'],
    ['wrong length', '1101051949123100', 'idcheck.wrong_length'],
    ['letters in the middle', '1101051949A231002X', 'idcheck.bad_characters'],
  ])('refuses an ID number with a %s, naming the field', async (_label, idNumber, reason) => {
    const r = await roster();
    const res = await r.call(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '李四', idNumber } });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('invalid_input');
    expect(res.error.details.fields[0].path).toBe('fields.idNumber');
    expect(res.error.details.reasons[0].reason).toBe(reason);
    expect(r.core.db.prepare('SELECT count(*) AS n FROM workers').get()).toEqual({ n: 0 });
  });

  it.each([
    ['over 50 characters', '张'.repeat(51)],
    ['emoji', '张三😀'],
    ['only spaces', '   '],
  ])('refuses a name with %s', async (_l, name) => {
    const r = await roster();
    const res = await r.call(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name, idNumber: idFor(1) } });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each(['138 0013 8000', '+8613800138000', '+86 138-0013-8000'])('accepts the mobile %s as 13800138000', async (mobile) => {
    const r = await roster();
    const w = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '王五', idNumber: idFor(2), mobile } });
    expect(w.mobile).toBe('138****8000');
    expect(r.core.db.prepare('SELECT mobile FROM workers WHERE id = ?').pluck().get(w.id)).toBe('13800138000');
  });

  it('refuses a 12-digit mobile', async () => {
    const r = await roster();
    const res = await r.call(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '王五', idNumber: idFor(2), mobile: '138001380001' } });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a duplicate ID number with a pointer to the existing record', async () => {
    const r = await roster();
    const first = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(3) } });
    const res = await r.call(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张叁', idNumber: idFor(3).toLowerCase() } });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { existingId: first.id, existingName: '张三', fields: [{ path: 'fields.idNumber' }] } },
    });
  });

  it('reveals the full ID number to an admin only, and records it', async () => {
    const r = await roster();
    const w = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(4) } });
    expect(await r.call(r.trainer, 'workers.get', { workerId: w.id, revealId: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(audit(r.core, 'reveal_id')).toHaveLength(0);
    const full = await r.must(r.admin, 'workers.get', { workerId: w.id, revealId: true });
    expect(full).toMatchObject({ idNumber: idFor(4), idRevealed: true });
    expect(audit(r.core, 'reveal_id')).toHaveLength(1);
    expect((await r.must(r.trainer, 'workers.get', { workerId: w.id })).idNumber).toContain('********');
  });

  it('checks an ID number without saving it', async () => {
    const r = await roster();
    expect(await r.must(r.trainer, 'workers.checkId', { idNumber: '110105194912310021' })).toMatchObject({ valid: false, reason: 'idcheck.bad_check_digit' });
    expect(await r.must(r.trainer, 'workers.checkId', { idNumber: '11010519491231002x' })).toMatchObject({ valid: true, normalized: '11010519491231002X', sex: 'F' });
  });
});

describe('workers.update / archive / delete / merge', () => {
  it('updates, re-deriving from a changed ID number, and refuses a clash', async () => {
    const r = await roster();
    const a = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(5), team: '一班' } });
    await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '李四', idNumber: idFor(6) } });
    const u = await r.must(r.trainer, 'workers.update', { workerId: a.id, fields: { idNumber: '11010519491231002X', team: '二班' } });
    expect(u).toMatchObject({ sex: 'F', birthDate: null, birthYear: 1949, team: '二班', name: '张三' });
    const clash = await r.call(r.trainer, 'workers.update', { workerId: a.id, fields: { idNumber: idFor(6) } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict', details: { existingName: '李四' } } });
    const [upd] = audit(r.core, 'update');
    expect(upd!.before_json).not.toContain(idFor(5));
  });

  it('archives and unarchives; archived workers leave the default search', async () => {
    const r = await roster();
    const a = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(7) } });
    const arch = await r.must(r.trainer, 'workers.archive', { workerId: a.id, archived: true });
    expect(arch.archivedAt).not.toBeNull();
    expect((await r.must(r.trainer, 'workers.search', { stationId: r.stationId })).total).toBe(0);
    expect((await r.must(r.trainer, 'workers.search', { stationId: r.stationId, includeArchived: true })).total).toBe(1);
    expect((await r.must(r.trainer, 'workers.archive', { workerId: a.id, archived: false })).archivedAt).toBeNull();
  });

  it('deletes a worker without history, and refuses one with history suggesting archive', async () => {
    const r = await roster();
    const a = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(8) } });
    const b = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '李四', idNumber: idFor(9) } });
    expect(await r.call(r.trainer, 'workers.delete', { workerId: a.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await r.must(r.admin, 'workers.delete', { workerId: a.id })).toEqual({ deleted: true });
    expect(await r.call(r.trainer, 'workers.get', { workerId: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await r.must(r.trainer, 'workers.reissueBadge', { workerId: b.id });
    expect(r.core.workers.hasHistory(b.id)).toBe(true);
    expect(await r.call(r.admin, 'workers.delete', { workerId: b.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { suggestion: 'archive' } },
    });
    expect(audit(r.core, 'delete')).toHaveLength(1);
  });

  it('merges two records: blanks filled, the other archived, its badge revoked', async () => {
    const r = await roster();
    const keep = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(10), team: '一班' } });
    const dup = await r.must(r.trainer, 'workers.create', {
      stationId: r.stationId,
      fields: { name: '张三', idType: 'passport', idNumber: 'E12345678', team: '二班', mobile: '13900139000', employer: '江门劳务' },
    });
    await r.must(r.trainer, 'workers.setPhoto', { workerId: dup.id, photo: { mime: 'image/png', base64: PNG.toString('base64') } });
    const merged = await r.must(r.admin, 'workers.merge', { keepId: keep.id, mergeId: dup.id });
    expect(merged).toMatchObject({ team: '一班', mobile: '139****9000', employer: '江门劳务', hasPhoto: true });
    const gone = await r.must(r.trainer, 'workers.get', { workerId: dup.id });
    expect(gone.mergedInto).toBe(keep.id);
    expect(gone.archivedAt).not.toBeNull();
    const badge = r.core.db.prepare('SELECT revoked_at FROM badges WHERE code = ?').get(dup.badgeCode) as any;
    expect(badge.revoked_at).not.toBeNull();
    expect(r.core.workers.hasHistory(keep.id)).toBe(true);
    expect(await r.call(r.trainer, 'workers.archive', { workerId: dup.id, archived: false })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(audit(r.core, 'merge')).toHaveLength(1);
  });
});

describe('badges and photos', () => {
  it('reissues a badge: a new code, the old one revoked but remembered', async () => {
    const r = await roster();
    const a = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(11) } });
    const b = await r.must(r.trainer, 'workers.reissueBadge', { workerId: a.id });
    expect(b.badgeCode).not.toBe(a.badgeCode);
    const rows = r.core.db.prepare('SELECT code, revoked_at FROM badges WHERE worker_id = ? ORDER BY issued_at, rowid').all(a.id) as any[];
    expect(rows).toHaveLength(2);
    expect(rows.find((x) => x.code === a.badgeCode).revoked_at).not.toBeNull();
    expect(rows.find((x) => x.code === b.badgeCode).revoked_at).toBeNull();
  });

  it('stores a photo whose bytes match its type, and refuses one that does not', async () => {
    const r = await roster();
    const a = await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(12) } });
    expect(await r.call(r.trainer, 'workers.setPhoto', { workerId: a.id, photo: { mime: 'image/jpeg', base64: PNG.toString('base64') } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await r.must(r.trainer, 'workers.setPhoto', { workerId: a.id, photo: { mime: 'image/jpeg', base64: JPEG.toString('base64') } })).toEqual({ hasPhoto: true });
    expect(await r.must(r.trainer, 'workers.photo', { workerId: a.id })).toEqual({ mime: 'image/jpeg', base64: JPEG.toString('base64') });
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(8)]);
    expect(await r.must(r.trainer, 'workers.setPhoto', { workerId: a.id, photo: { mime: 'image/webp', base64: webp.toString('base64') } })).toEqual({ hasPhoto: true });
    const [card] = await r.must(r.trainer, 'workers.badgeSheet', { workerIds: [a.id] });
    expect(card.photoDataUrl).toMatch(/^data:image\/webp;base64,/);
    expect(await r.must(r.trainer, 'workers.setPhoto', { workerId: a.id, photo: null })).toEqual({ hasPhoto: false });
    const big = Buffer.concat([JPEG.subarray(0, 3), Buffer.alloc(2 * 1024 * 1024)]);
    expect(await r.call(r.trainer, 'workers.setPhoto', { workerId: a.id, photo: { mime: 'image/jpeg', base64: big.toString('base64') } })).toMatchObject({ ok: false });
  });

  it('lists teams and employers, and emits workers.changed on writes', async () => {
    const r = await roster();
    const events: unknown[] = [];
    r.core.events.subscribe((e) => events.push(e));
    await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(13), team: '钢筋一班', employer: '江门建工劳务' } });
    await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '李四', idNumber: idFor(14), team: '木工班', employer: '江门建工劳务' } });
    expect(await r.must(r.trainer, 'workers.teams', { stationId: r.stationId })).toEqual({ teams: ['木工班', '钢筋一班'], employers: ['江门建工劳务'] });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ type: 'workers.changed', stationId: r.stationId });
  });
});

describe('workers.search', () => {
  it('finds by name prefix, name contains, team, ID tail, phone head and tail, and badge code', async () => {
    const r = await roster();
    const mk = (name: string, n: number, mobile: string, team: string) =>
      r.must<WorkerDetail>(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name, idNumber: idFor(n), mobile, team } });
    const a = await mk('张建国', 20, '13800138000', '钢筋一班');
    const b = await mk('张伟', 21, '13912345678', '木工班');
    const c = await mk('李建华', 22, '15011112222', '钢筋一班');
    const q = async (query: object) =>
      (await r.must(r.trainer, 'workers.search', { stationId: r.stationId, sort: 'name', dir: 'asc', ...query })).rows.map((x: any) => x.name);
    expect(await q({ q: '张' })).toEqual(['张伟', '张建国']);
    expect(await q({ q: '建' })).toEqual(expect.arrayContaining(['张建国', '李建华']));
    expect(await q({ q: '钢筋一班' })).toEqual(['张建国', '李建华'].sort());
    expect(await q({ q: idFor(21).slice(-4) })).toEqual(['张伟']);
    expect(await q({ q: '139' })).toEqual(['张伟']);
    expect(await q({ q: '13912345678' })).toEqual(['张伟']);
    // Hidden digits never match (shared/domain/privacy: digits only against the masks).
    expect(await q({ q: '1391234' })).toEqual([]);
    expect(await q({ q: '2222' })).toEqual(['李建华']);
    expect(await q({ q: a.badgeCode })).toEqual(['张建国']);
    expect(await q({ q: a.badgeCode.toLowerCase() })).toEqual(['张建国']);
    expect(await q({ team: '木工班' })).toEqual(['张伟']);
    const all = await r.must(r.trainer, 'workers.search', { stationId: r.stationId, limit: 2 });
    expect(all).toMatchObject({ total: 3, totalCapped: false });
    expect(all.rows).toHaveLength(2);
    for (const row of all.rows) expect(row.idMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(JSON.stringify(all)).not.toContain(idFor(20));
    void b;
    void c;
  });
});
