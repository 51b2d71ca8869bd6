// Every write records who did it: each mutating channel of the contract is called once here, on a
// real database, and must leave audit_log rows naming the account or device, or be in EXEMPT with
// the reason. A channel added to the contract without an audit row (or a call here) fails this test.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../shared/contract/access';
import { channels } from '../../shared/contract/channels';
import { dispatch } from '../../main/app/dispatch';
import type { Core } from '../../main/app/core';
import { withCheckDigit } from '../support/roster';
import { ADMIN_PASSWORD, testCore } from '../support/temp';
import { LANGUAGES } from '../../shared/i18n/languages';
import { resources } from '../../shared/i18n/resources';

/** Mutating channels that deliberately leave no audit_log row, and why. */
const EXEMPT: Record<string, string> = {
  // Every sign-in and sign-out is an append-only event in the hash-chained attendance_events, naming
  // the device (and the trainer for a manual one); a second row per scan would double the busiest write.
  'kiosk.scan': 'recorded in the attendance chain (attendance_events) with its device',
  // A face is kept out of the audit log by design; the sign-in it belongs to is in the chain, and the
  // retention sweep deletes it later, which an append-only row about it would outlive.
  'kiosk.photo': 'belongs to a sign-in already in the attendance chain; kept out of the audit log (a face)',
  // These need a hub to answer (tests/hub/ starts one): the service writes hub_enrol / hub_move and
  // hub_share_ids rows, checked in tests/hub/sync-online.test.ts; a push changes no station record.
  'hubSync.enrol': 'audited by the service (hub_enrol, hub_move) once a hub answers: tests/hub/sync-online.test.ts',
  'hubSync.shareIds': 'audited by the service (hub_share_ids) on an enrolled station: tests/hub/sync-online.test.ts',
  'hubSync.pushNow': 'sends records to the hub; changes none at the station but its acknowledged marks',
  // An exam taken at the tablet is recorded where it happens, append-only, with its device and time:
  // the attempt (exam_attempts) and its result (exam_results, corrections as new rows), like the chain.
  'kiosk.examStart': 'opens or resumes an attempt, recorded in exam_attempts with its device',
  'kiosk.examSave': 'answers so far on an open attempt (exam_attempts), nothing decided yet',
  'kiosk.examFinish': 'its result is an append-only exam_results row with device and time',
  'exams.startOral': 'opens an oral attempt in the trainer’s name (exam_attempts.account_id); its result is an exam_results row',
};

interface AuditRow {
  account_id: string | null;
  device_id: string | null;
  via: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

const anonymous: Caller = { role: 'anonymous', via: 'internal' };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** Secrets and personal numbers the calls below hand in; none may appear in any audit row. */
const SECRETS = {
  admin: ADMIN_PASSWORD,
  trainer1: 'trainer-pass-1',
  trainer2: 'trainer-pass-2',
  trainer3: 'trainer-pass-3',
  pin: '97531',
  passphrase: 'backup-secret-9',
  workerId1: withCheckDigit('44070319900307123'),
  workerId2: withCheckDigit('44070319851112456'),
  workerId3: withCheckDigit('65010119790101789'),
  workerId4: withCheckDigit('44078119920505321'),
  workerId5: withCheckDigit('44078119930606654'),
  workerMobile: '13512345678',
  trainerPhone: '13612345678',
  contactMobile: '13912345678',
  otherContact: '13712345678',
  importMobile: '13412345678',
};

async function xlsxBase64(rows: (string | number)[][], sheet = 'Sheet1'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

function recorder(core: Core) {
  const byChannel = new Map<string, AuditRow[]>();
  const count = () => core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  async function run<T>(caller: Caller, name: string, input: unknown): Promise<T> {
    const before = count();
    const r = await dispatch(core, caller, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.details)}`);
    const rows = core.db.prepare('SELECT * FROM audit_log ORDER BY rowid LIMIT -1 OFFSET ?').all(before) as AuditRow[];
    byChannel.set(name, [...(byChannel.get(name) ?? []), ...rows]);
    return r.value as T;
  }
  return { run, byChannel };
}

async function exerciseEveryWrite() {
  const { core, clock } = testCore({ at: '2026-03-02T07:00:00.000Z' });
  const { run, byChannel } = recorder(core);
  const signed = await run<{ token: string }>(anonymous, 'setup.init', { stationName: '审计测试站', adminPassword: SECRETS.admin });
  const admin = core.accounts.resolve(signed.token, 'internal')!.caller;
  const stationId = core.stations.first()!.id;

  // Accounts: create, PIN, own password, an admin's reset.
  const acct = await run<{ id: string }>(admin, 'accounts.create', { username: 'li.guoqiang', displayName: '李国强', role: 'trainer', password: SECRETS.trainer1 });
  const tSigned = await dispatch(core, anonymous, 'auth.signIn', { username: 'li.guoqiang', password: SECRETS.trainer1 });
  const trainer = core.accounts.resolve((tSigned as { value: { token: string } }).value.token, 'internal')!.caller;
  await run(trainer, 'auth.setPin', { currentPassword: SECRETS.trainer1, pin: SECRETS.pin });
  await run(trainer, 'auth.changePassword', { currentPassword: SECRETS.trainer1, newPassword: SECRETS.trainer2 });
  await run(admin, 'accounts.update', { accountId: acct.id, displayName: '李师傅', newPassword: SECRETS.trainer3 });

  // Settings, station profile and rules, catalogue.
  await run(admin, 'settings.update', { backupKeep: 7 });
  await run(admin, 'station.rename', { stationId, name: '审计测试提升站' });
  await run(admin, 'station.update', { stationId, profile: { contactName: '王经理', contactMobile: SECRETS.contactMobile, address: '江门市蓬江区' } });
  await run(admin, 'station.create', { name: '二号提升站', contactMobile: SECRETS.otherContact });
  await run(admin, 'station.updateSettings', { stationId, lateAfterMinutes: 10 });
  const trade = await run<{ id: string }>(admin, 'trades.create', { stationId, name: '测试工种' });
  await run(admin, 'trades.update', { tradeId: trade.id, category: '测试' });
  await run(admin, 'vocab.add', { stationId, list: 'content_category', label: '消防演练' });

  // Trainers.
  const tr = await run<{ id: string }>(admin, 'trainers.create', { stationId, fields: { name: '刘师傅', kind: 'model_craftsman', phone: SECRETS.trainerPhone } });
  await run(admin, 'trainers.update', { trainerId: tr.id, fields: { specialty: '钢筋' } });

  // Workers.
  const mk = (name: string, idNumber: string, extra: object = {}) =>
    run<{ id: string; badgeCode: string }>(trainer, 'workers.create', { stationId, fields: { name, idNumber, mobile: SECRETS.workerMobile, ...extra } });
  const w1 = await mk('张三', SECRETS.workerId1);
  const w2 = await mk('李四', SECRETS.workerId2);
  const w3 = await mk('王五', SECRETS.workerId3);
  const dup = await mk('张叁', SECRETS.workerId4);
  await run(trainer, 'workers.update', { workerId: w1.id, fields: { team: '钢筋班' } });
  await run(trainer, 'workers.archive', { workerId: w2.id, archived: true });
  await run(trainer, 'workers.archive', { workerId: w2.id, archived: false });
  await run(trainer, 'workers.reissueBadge', { workerId: w2.id });
  await run(trainer, 'workers.setPhoto', { workerId: w1.id, photo: { mime: 'image/png', base64: PNG.toString('base64') } });
  await run(admin, 'workers.merge', { keepId: w1.id, mergeId: dup.id });
  await run(admin, 'workers.delete', { workerId: w3.id });
  const csv = `姓名,身份证号码,联系电话,班组\r\n赵六,${SECRETS.workerId5},${SECRETS.importMobile},木工班\r\n`;
  const preview = await run<{ previewId: string }>(trainer, 'imports.workersPreview', { stationId, fileName: 'roster.csv', base64: Buffer.from(csv).toString('base64') });
  await run(trainer, 'imports.workersCommit', { previewId: preview.previewId });

  // Sessions: one, a series (then changed from the second on), opened.
  const [s] = await run<{ id: string }[]>(trainer, 'sessions.create', {
    stationId, fields: { title: '班前讲话', category: 'safety', startsAt: '2026-03-02T14:30', endsAt: '2026-03-02T16:00', trainerIds: [tr.id] },
  });
  const series = await run<{ id: string }[]>(trainer, 'sessions.create', {
    stationId, fields: { title: '每日安全交底', category: 'safety', startsAt: '2026-03-03T07:30', endsAt: '2026-03-03T08:00' },
    repeat: { freq: 'daily', until: '2026-03-06' },
  });
  await run(trainer, 'sessions.update', { sessionId: series[1]!.id, fields: { location: '二楼' }, scope: 'following' });
  await run(trainer, 'sessions.setState', { sessionId: s!.id, state: 'open' });

  // The kiosk: a scan (chained, not audited), a newcomer registered by a trainer with a PIN.
  const door: Caller = { role: 'kiosk', deviceId: 'door-1', stationId, via: 'internal' };
  clock.set('2026-03-02T06:35:00.000Z');
  await run(door, 'kiosk.scan', { sessionId: s!.id, code: w1.badgeCode, method: 'badge', idempotencyKey: 'scan-0001' });
  const { unlockToken } = (await dispatch(core, door, 'kiosk.unlock', { accountId: acct.id, pin: SECRETS.pin }) as { value: { unlockToken: string } }).value;
  await run(door, 'kiosk.register', { sessionId: s!.id, name: '新来的', idNumber: withCheckDigit('44070319950101111'), idempotencyKey: 'register-0001', unlockToken });
  await run(trainer, 'attendance.correct', { sessionId: s!.id, workerId: w2.id, action: 'add', reason: '忘带胸卡' });

  // Devices.
  const pairing = await run<{ code: string }>(trainer, 'devices.startPairing', { stationId });
  const paired = await run<{ deviceId: string; token: string }>(anonymous, 'devices.pair', { code: pairing.code, name: '门口平板' });
  await run(trainer, 'devices.revoke', { deviceId: paired.deviceId });

  // Certificates, plans, the bureau's reply.
  const cert = await run<{ id: string }>(trainer, 'certificates.add', { workerId: w1.id, fields: { kind: 'safety', issuedOn: '2026-03-01' } });
  await run(admin, 'certificates.delete', { certificateId: cert.id });
  const plan = await run<{ id: string }>(admin, 'plans.set', { stationId, year: 2026, target: 500 });
  await run(admin, 'plans.delete', { planId: plan.id });
  await run(admin, 'plans.import', { stationId, year: 2026, fileName: 'plan.xlsx', base64: await xlsxBase64([['年度', '人次'], [2026, 800]]) });
  await run(admin, 'plans.import', { stationId, year: 2026, fileName: 'towns.xlsx', base64: await xlsxBase64([['各乡镇培训任务（2026—2027年）'], ['乡镇', '人次'], ['尉犁镇', 10]]) });
  await run(admin, 'plans.deriveYears', { stationId, year: 2026, yearTo: 2027, method: 'even' });
  await run(admin, 'subsidies.importReply', {
    stationId, year: 2026, fileName: 'reply.xlsx',
    base64: await xlsxBase64([['姓名', '身份证号码', '补贴项目', '职业（工种）', '等级', '发放金额（元）', '发放日期'], ['张三', SECRETS.workerId1, '安全培训', '', '', 400, '2026-03-01']]),
  });

  // 三级安全教育: the station's rules, a level on a session; a pre-shift talk started in two taps.
  await run(admin, 'safetyEducation.updateSettings', {
    stationId, settings: { minHours: { company: 16, project: 12, team: 8 }, passRequired: { company: false, project: false, team: false }, allowOtherSessions: true },
  });
  await run(trainer, 'safetyEducation.setSessionLevel', { sessionId: s!.id, level: 'company' });
  await run(trainer, 'talks.start', { stationId, team: '钢筋班', topic: '高处作业系好安全带' });
  // Evidence: photos on, a worker's consent at the kiosk, the photo after the sign-in (exempt), a session's file.
  await run(admin, 'evidence.updateSettings', { stationId, settings: { enabled: true, retentionDays: 90 } });
  await run(door, 'kiosk.consent', { sessionId: s!.id, workerId: w1.id, language: 'zh-CN' });
  const jpeg = Buffer.alloc(2000, 0x5a);
  jpeg.set([0xff, 0xd8, 0xff, 0xe0]);
  jpeg.set([0xff, 0xd9], 1998);
  await run(door, 'kiosk.photo', { sessionId: s!.id, workerId: w1.id, jpeg: jpeg.toString('base64') });
  const attached = await run<{ id: string }>(trainer, 'attachments.add', { sessionId: s!.id, name: '课件.pdf', mime: 'application/pdf', base64: Buffer.from('%PDF-1.4 x').toString('base64') });
  await run(trainer, 'attachments.delete', { attachmentId: attached.id });

  // Exams: the bank (the starter bank, a question, a 题库 file), the session's exam, a worker at the
  // tablet, an oral paper, paper scores and a correction.
  await run(trainer, 'exams.loadStarter', { stationId });
  const question = await run<{ id: string }>(trainer, 'exams.saveQuestion', {
    stationId, fields: { kind: 'single', category: 'safety', answer: 'A', texts: { 'zh-CN': { stem: '进入施工现场必须怎样？', options: ['正确佩戴安全帽', '随意'] } } },
  });
  await run(trainer, 'exams.deleteQuestion', { questionId: question.id });
  const bank = [['题型', '题目', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '分值', '解析', '类别'], ['单选题', '高处作业必须怎样？', '系好安全带', '不系', '', '', '', '', 'A', 2, '', '安全']];
  await run(trainer, 'exams.importBank', { stationId, fileName: '题库.xlsx', base64: await xlsxBase64(bank), commit: true });
  await run(trainer, 'exams.save', { sessionId: s!.id, fields: { mode: 'draw', draw: [{ category: 'safety', count: 5 }], passPercent: 60 } });
  const started = await run<{ paper: { attemptId: string } }>(door, 'kiosk.examStart', { sessionId: s!.id, code: w1.badgeCode, method: 'badge' });
  await run(door, 'kiosk.examSave', { attemptId: started.paper.attemptId, answers: {} });
  const finished = await run<{ result: { id: string } }>(door, 'kiosk.examFinish', { attemptId: started.paper.attemptId, answers: {}, idempotencyKey: 'exam-finish-0001' });
  await run(trainer, 'exams.startOral', { sessionId: s!.id, workerId: w2.id });
  await run(trainer, 'exams.paperScores', { sessionId: s!.id, rows: [{ workerId: w2.id, score: 80 }] });
  await run(trainer, 'exams.correct', { resultId: finished.result.id, score: 1, reason: '阅卷复核，漏计一题' });

  // Closing the session, then an admin's late correction.
  clock.set('2026-03-02T08:30:00.000Z');
  await run(trainer, 'sessions.setState', { sessionId: s!.id, state: 'closed' });
  await run(admin, 'attendance.correct', { sessionId: s!.id, workerId: w1.id, action: 'void', reason: '代签，经核实本人未到' });

  // Backups, restore, anonymising a worker who left.
  const backup = await run<{ name: string }>(admin, 'backups.create', { passphrase: SECRETS.passphrase });
  await run(admin, 'backups.restore', { name: backup.name, passphrase: SECRETS.passphrase });
  await run(trainer, 'workers.update', { workerId: w2.id, fields: { status: 'left', exitDate: '2026-03-02' } });
  await run(admin, 'workers.anonymise', { workerId: w2.id });
  // Reading the log out is itself an export of personal data.
  await run(admin, 'audit.export', {});
  // The hub's channels: without a hub to answer they are refused and write nothing here (with one,
  // tests/hub/ checks their audit rows).
  const auditRows = () => core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  for (const [name, input] of [['hubSync.enrol', { hubUrl: 'http://127.0.0.1:9', code: 'ABCD-EFGH-JKLM' }], ['hubSync.shareIds', { on: true }], ['hubSync.pushNow', {}]] as const) {
    const before = auditRows();
    const r = await dispatch(core, admin, name, input);
    byChannel.set(name, r.ok || auditRows() !== before ? [{} as AuditRow] : []);
  }
  return { core, byChannel, admin, trainer, pairingCode: pairing.code, deviceToken: paired.token };
}

describe('the audit trail covers every write', () => {
  it('every mutating channel leaves a row naming who, or is exempt with a reason', async () => {
    const { core, byChannel, admin, trainer } = await exerciseEveryWrite();
    const mutating = Object.entries(channels).filter(([, d]) => d.mutates).map(([n]) => n);
    const missing: string[] = [];
    for (const name of mutating) {
      if (EXEMPT[name]) continue;
      const rows = byChannel.get(name);
      if (!rows?.length) {
        missing.push(name);
        continue;
      }
      for (const r of rows) {
        expect(r.account_id ?? r.device_id, `${name}: who`).toBeTruthy();
        expect(r.action, name).not.toBe('');
        expect(r.entity, name).not.toBe('');
      }
    }
    expect(missing, 'mutating channels without an audit row').toEqual([]);
    // The exemptions are real channels that do write, and they really leave no row.
    for (const name of Object.keys(EXEMPT)) {
      expect(mutating).toContain(name);
      expect(byChannel.get(name), name).toEqual([]);
    }
    expect(core.db.prepare("SELECT count(*) FROM attendance_events WHERE device_id = 'door-1'").pluck().get()).toBe(2);

    // Who: the account that called, or the device (the kiosk's newcomer names both).
    const rowOf = (name: string) => byChannel.get(name)![0]!;
    expect(rowOf('trainers.create').account_id).toBe(admin.accountId);
    expect(rowOf('sessions.create').account_id).toBe(trainer.accountId);
    expect(rowOf('kiosk.register')).toMatchObject({ account_id: trainer.accountId, device_id: 'door-1', entity: 'worker', action: 'create' });
    expect(rowOf('devices.pair').device_id).toBeTruthy();
    expect(rowOf('setup.init').account_id).toBe(admin.accountId);
    // Before and after, where the service has them.
    const tu = rowOf('trainers.update');
    expect(JSON.parse(tu.before_json!)).toMatchObject({ specialty: '' });
    expect(JSON.parse(tu.after_json!)).toMatchObject({ specialty: '钢筋' });
    expect(rowOf('sessions.create').action).toBe('create');
    expect(byChannel.get('sessions.create')![1]).toMatchObject({ action: 'create_series' });
    expect(JSON.parse(byChannel.get('sessions.create')![1]!.after_json!).sessionIds).toHaveLength(4);
    expect(byChannel.get('sessions.update')).toHaveLength(3);
    expect(JSON.parse(rowOf('attendance.correct').after_json!)).toMatchObject({ status: 'present', reason: '忘带胸卡' });
    expect(JSON.parse(rowOf('station.updateSettings').before_json!)).toMatchObject({ lateAfterMinutes: 5 });
    expect(JSON.parse(rowOf('station.updateSettings').after_json!)).toMatchObject({ lateAfterMinutes: 10 });
  }, 60_000);

  it('keeps no password, PIN, passphrase, pairing code, token, full ID or phone number in any row', async () => {
    const { core, pairingCode, deviceToken } = await exerciseEveryWrite();
    const all = (core.db.prepare('SELECT * FROM audit_log').all() as Record<string, unknown>[]).map((r) => JSON.stringify(r)).join('\n');
    for (const [what, secret] of Object.entries({ ...SECRETS, pairingCode, deviceToken })) expect(all.includes(secret), what).toBe(false);
    // The masked forms are there, so the check above is not passing on empty snapshots.
    const profile = core.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'station_profile'").pluck().get() as string;
    expect(JSON.parse(profile).contactMobile).toBe('*******5678');
    const trainerRow = core.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'trainer' AND action = 'create'").pluck().get() as string;
    expect(JSON.parse(trainerRow).phone).toBe('*******5678');
  }, 60_000);

  it('names every action and record type it writes in each language of the audit screen', async () => {
    const { core } = await exerciseEveryWrite();
    const codes = (column: 'action' | 'entity') => core.db.prepare(`SELECT DISTINCT ${column} FROM audit_log`).pluck().all() as string[];
    const keys = [...codes('action').map((a) => `trustui.audit.action.${a}`), ...codes('entity').map((e) => `trustui.audit.entity.${e}`)];
    expect(keys.length).toBeGreaterThan(20);
    for (const lang of LANGUAGES) expect(keys.filter((k) => !resources[lang][k]), lang).toEqual([]);
  }, 60_000);

  it('labels every action, record type and field the log can hold, exports and reveals included, in each language', async () => {
    const { core, admin } = await exerciseEveryWrite();
    // The reads that leave a row: every export (by an admin, with full numbers where offered) and a reveal.
    const stationId = core.stations.first()!.id;
    const one = (sql: string) => core.db.prepare(sql).pluck().get() as string;
    const sessionId = one("SELECT id FROM training_sessions WHERE state = 'closed' LIMIT 1");
    const workerId = one("SELECT id FROM workers WHERE status = 'on_site' LIMIT 1");
    const reads: [string, unknown][] = [
      ['workers.get', { workerId, revealId: true }],
      ['exports.workers', { stationId, fullIdNumbers: true }],
      ['exports.statusTable', {}],
      ['exports.periodReport', { stationId, kind: 'month', period: '2026-03' }],
      ['exports.periodReport', { stationId, kind: 'quarter', period: '2026-Q1' }],
      ['exports.periodReport', { stationId, kind: 'year', period: '2026' }],
      ['exports.signInSheet', { sessionId, fullIdNumbers: true }],
      ['exports.workerRecord', { workerId, fullIdNumbers: true }],
      ['exports.subsidies', { stationId, year: 2026, fullIdNumbers: true }],
      ['exports.platform', { stationId, from: '2026-03-01', to: '2026-03-31', fullIdNumbers: true, defaultNationalType: '003001' }],
      ['exports.safetyEducationReport', { stationId, month: '2026-03' }],
    ];
    for (const [name, input] of reads) {
      const r = await dispatch(core, admin, name, input);
      expect(r.ok, `${name}: ${JSON.stringify(r.ok ? null : r.error)}`).toBe(true);
    }
    const rows = core.db.prepare('SELECT action, entity, via, before_json, after_json FROM audit_log').all() as AuditRow[];
    const keys = new Set<string>();
    for (const r of rows) {
      keys.add(`trustui.audit.action.${r.action}`);
      keys.add(`trustui.audit.entity.${r.entity}`);
      keys.add(`trustui.audit.via.${r.via}`);
      // Each field of a snapshot is a line of the change list (components/trust/AuditDiff): each needs a label.
      for (const json of [r.before_json, r.after_json]) {
        const v: unknown = json ? JSON.parse(json) : null;
        if (v && typeof v === 'object' && !Array.isArray(v)) for (const f of Object.keys(v)) keys.add(`trustui.field.${f}`);
      }
    }
    for (const entity of ['month_report', 'subsidy_list', 'platform', 'sign_in_sheet']) expect(keys).toContain(`trustui.audit.entity.${entity}`);
    expect(keys).toContain('trustui.field.fullIdNumbers');
    for (const lang of LANGUAGES) expect([...keys].filter((k) => !resources[lang][k]), lang).toEqual([]);
  }, 60_000);

  it('a write that fails leaves no row; a repeated no-op leaves none either', async () => {
    const { core } = testCore();
    const signed = await dispatch(core, anonymous, 'setup.init', { stationName: '站', adminPassword: SECRETS.admin });
    const admin = core.accounts.resolve((signed as { value: { token: string } }).value.token, 'internal')!.caller;
    const stationId = core.stations.first()!.id;
    const n = () => core.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const tr = await dispatch(core, admin, 'trainers.create', { stationId, fields: { name: '刘师傅', kind: 'model_craftsman' } });
    const start = n();
    expect(await dispatch(core, admin, 'trainers.update', { trainerId: (tr as { value: { id: string } }).value.id, fields: { kind: 'no_such_kind' } })).toMatchObject({ ok: false });
    expect(await dispatch(core, admin, 'sessions.setState', { sessionId: '01JZZZZZZZZZZZZZZZZZZZZZZZ', state: 'open' })).toMatchObject({ ok: false });
    expect(await dispatch(core, admin, 'settings.update', { backupKeep: 14 })).toMatchObject({ ok: true });
    expect(n()).toBe(start);
  });
});
