import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../main/app/core';
import { createLogger } from '../../main/lib/log';
import { CallRouter, DESKTOP_KIOSK, type HostServices } from '../../main/electron/call-router';

const APP = 'app://station/';
const ADMIN = 1;
const OTHER = 2;

let dir: string;
let core: Core;
let router: CallRouter;
let hostCalls: { name: string; senderId: number; detail: unknown }[];

const host: HostServices = {
  async saveFile(senderId, file) {
    hostCalls.push({ name: 'saveFile', senderId, detail: { fileName: file.fileName, text: Buffer.from(file.bytes).toString() } });
    return { saved: true, fileName: file.fileName };
  },
  async printToPdf(senderId, job) {
    hostCalls.push({ name: 'printToPdf', senderId, detail: job });
    return { saved: false };
  },
  async closeKiosk(senderId) {
    hostCalls.push({ name: 'closeKiosk', senderId, detail: null });
    return { closed: true };
  },
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'station-ipc-'));
  core = openCore({ dataDir: dir, log: createLogger({}) });
  router = new CallRouter(core, host);
  hostCalls = [];
});

afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setUp(senderId = ADMIN) {
  return router.call(senderId, APP, 'setup.init', { stationName: '一号工地培训室', adminPassword: 'correct horse' });
}

describe('CallRouter', () => {
  it('refuses calls from frames that are not the app, before dispatch', async () => {
    for (const url of ['http://evil/', 'file:///tmp/x.html', 'app://other/', undefined]) {
      const result = await router.call(ADMIN, url, 'app.info', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await router.call(ADMIN, APP, 'app.info', {})).toMatchObject({ ok: true, value: { needsSetup: true } });
  });

  it('keeps the session token in main and hands the renderer the rest', async () => {
    const result = await setUp();
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({ account: { username: 'admin' } });
    expect(result.ok && result.value).not.toHaveProperty('token');
    expect(router.hasSession(ADMIN)).toBe(true);
    expect(router.callerFor(ADMIN)).toMatchObject({ role: 'admin', via: 'ipc' });
    expect(await router.call(ADMIN, APP, 'auth.whoami', {})).toMatchObject({ ok: true, value: { role: 'admin' } });
  });

  it('does not lend one window’s session to another', async () => {
    await setUp();
    expect(await router.call(OTHER, APP, 'auth.whoami', {})).toMatchObject({ ok: true, value: { role: 'anonymous' } });
    expect(await router.call(OTHER, APP, 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('signs in with a stripped answer and signs out by forgetting the token', async () => {
    await setUp();
    router.forget(ADMIN);
    const signedIn = await router.call(OTHER, APP, 'auth.signIn', { username: 'admin', password: 'correct horse' });
    expect(signedIn.ok && signedIn.value).not.toHaveProperty('token');
    expect(router.callerFor(OTHER).role).toBe('admin');
    expect(await router.call(OTHER, APP, 'auth.signOut', {})).toMatchObject({ ok: true, value: { signedOut: true } });
    expect(router.hasSession(OTHER)).toBe(false);
    expect(router.callerFor(OTHER).role).toBe('anonymous');
  });

  it('forgets a window’s session when told (web contents destroyed)', async () => {
    await setUp();
    router.forget(ADMIN);
    expect(router.callerFor(ADMIN).role).toBe('anonymous');
  });

  it('shares a session with a print window on request only', async () => {
    await setUp();
    router.share(ADMIN, 9);
    expect(router.callerFor(9).role).toBe('admin');
    router.share(OTHER, 10);
    expect(router.callerFor(10).role).toBe('anonymous');
  });

  it('answers host channels only for signed-in windows, with parsed input', async () => {
    const input = { fileName: '签到表.csv', base64: Buffer.from('a,b\n1,2\n').toString('base64') };
    expect(await router.call(ADMIN, APP, 'host.saveFile', input)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(hostCalls).toEqual([]);

    await setUp();
    expect(await router.call(ADMIN, APP, 'host.saveFile', input)).toEqual({ ok: true, value: { saved: true, fileName: '签到表.csv' } });
    expect(hostCalls).toEqual([{ name: 'saveFile', senderId: ADMIN, detail: { fileName: '签到表.csv', text: 'a,b\n1,2\n' } }]);

    expect(await router.call(ADMIN, APP, 'host.saveFile', { fileName: 'x', base64: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await router.call(ADMIN, APP, 'host.saveFile', { ...input, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('prints only /print/ routes', async () => {
    await setUp();
    const good = { path: '/print/sign-in-sheet?date=2025-01-02', fileName: '签到表.pdf' };
    expect(await router.call(ADMIN, APP, 'host.printToPdf', good)).toEqual({ ok: true, value: { saved: false } });
    for (const path of ['/admin', '/print/../admin', 'http://evil/print/x', '//evil/print/', '/print/x#frag', '/print/a/./b', 'print/x']) {
      expect(await router.call(ADMIN, APP, 'host.printToPdf', { path, fileName: 'x.pdf' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(hostCalls).toHaveLength(1);
  });

  it('turns a failing host service into an internal error, not an exception', async () => {
    router = new CallRouter(core, {
      ...host,
      saveFile: () => Promise.reject(new Error('disk full')),
    });
    await setUp();
    const result = await router.call(ADMIN, APP, 'host.saveFile', { fileName: 'a.csv', base64: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('answers unknown channels and non-string names with an error code', async () => {
    expect(await router.call(ADMIN, APP, 'nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await router.call(ADMIN, APP, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});

describe('the desktop kiosk window', () => {
  it('calls kiosk channels as a kiosk without anyone signed in, and nothing above them', async () => {
    await setUp(ADMIN);
    const KIOSK = 7;
    router.markKiosk(KIOSK);
    expect(router.callerFor(KIOSK)).toMatchObject({ role: 'kiosk', deviceId: DESKTOP_KIOSK });
    expect(router.callerFor(OTHER)).toMatchObject({ role: 'anonymous' });
    expect(await router.call(KIOSK, `${APP}kiosk`, 'kiosk.state', {})).toMatchObject({ ok: true });
    expect(await router.call(KIOSK, `${APP}kiosk`, 'station.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    router.forget(KIOSK);
    expect(router.callerFor(KIOSK).role).toBe('anonymous');
  });

  it('closes only from the kiosk window itself, with a trainer’s fresh PIN unlock', async () => {
    await setUp(ADMIN);
    const KIOSK = 9;
    router.markKiosk(KIOSK);
    const trainer = await core.accounts.create({ stationId: core.stations.first()!.id, username: 'wang', displayName: '王师傅', role: 'trainer', password: 'trainer-pass-1' });
    await core.accountAdmin.setPin(trainer.id, 'trainer-pass-1', '1357');
    const bad = await router.call(KIOSK, `${APP}kiosk`, 'host.closeKiosk', { unlockToken: 'A'.repeat(32) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unlock = await router.call(KIOSK, `${APP}kiosk`, 'kiosk.unlock', { accountId: trainer.id, pin: '1357' });
    if (!unlock.ok) throw new Error('unlock failed');
    const { unlockToken } = unlock.value as { unlockToken: string };
    expect(await router.call(ADMIN, APP, 'host.closeKiosk', { unlockToken })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(hostCalls).toEqual([]);
    expect(await router.call(KIOSK, `${APP}kiosk`, 'host.closeKiosk', { unlockToken })).toEqual({ ok: true, value: { closed: true } });
    expect(hostCalls.map((c) => c.name)).toEqual(['closeKiosk']);
  });
});
