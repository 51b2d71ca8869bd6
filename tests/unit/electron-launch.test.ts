import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_NOTICE, electronPathFromProbe, planLaunch, type LaunchFacts } from '../../main/electron/launch-plan';
import { dataArg, shellDataDir } from '../../main/electron/data-arg';

const bundleDir = join('/app', 'out', 'electron');
const base: LaunchFacts = {
  electronPath: undefined,
  electronExists: false,
  bundleDir,
  nodePath: '/usr/bin/node',
  args: [],
  env: { PATH: '/usr/bin' },
  cwd: '/home/trainer',
};

describe('planLaunch', () => {
  it('starts the Electron binary on the bundled main when it exists', () => {
    const plan = planLaunch({ ...base, electronPath: '/x/electron', electronExists: true, env: { ELECTRON_RUN_AS_NODE: '1', PATH: '/p' } });
    expect(plan).toEqual({ kind: 'electron', command: '/x/electron', args: [join(bundleDir, 'main.cjs')], env: { PATH: '/p' } });
  });

  it('falls back to the browser host when electron named a binary that is not there', () => {
    const plan = planLaunch({ ...base, electronPath: '/x/electron', electronExists: false });
    expect(plan.kind).toBe('browser');
  });

  it('falls back to `station serve` with one plain sentence when there is no Electron', () => {
    const plan = planLaunch(base);
    expect(plan).toMatchObject({
      kind: 'browser',
      command: '/usr/bin/node',
      args: [join(bundleDir, '..', 'cli.cjs'), 'serve'],
    });
    expect(plan.kind === 'browser' && plan.notice).toBe(BROWSER_NOTICE);
    expect(BROWSER_NOTICE.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
  });

  it('passes --data through to either host, made absolute', () => {
    expect(planLaunch({ ...base, args: ['--data', 'site-a'] }).args).toEqual([join(bundleDir, '..', 'cli.cjs'), 'serve', '--data', resolve('/home/trainer', 'site-a')]);
    expect(planLaunch({ ...base, electronPath: '/e', electronExists: true, args: ['--data=/srv/station'] }).args).toEqual([
      join(bundleDir, 'main.cjs'),
      '--data=/srv/station',
    ]);
  });
});

describe('electronPathFromProbe', () => {
  it('takes the path printed last by a successful probe', () => {
    expect(electronPathFromProbe(0, 'Downloading Electron binary...\n/n/electron/dist/electron\n')).toBe('/n/electron/dist/electron');
  });

  it('has no path when the probe failed or timed out', () => {
    expect(electronPathFromProbe(1, '/n/electron/dist/electron')).toBeUndefined();
    expect(electronPathFromProbe(null, '')).toBeUndefined();
    expect(electronPathFromProbe(0, '')).toBeUndefined();
  });
});

describe('data folder of the desktop app', () => {
  it('prefers --data, then STATION_DATA, then userData/data', () => {
    expect(dataArg(['electron', 'main.cjs', '--data', '/d'])).toBe('/d');
    expect(shellDataDir(['x', '--data=/d'], { STATION_DATA: '/e' }, '/u')).toBe('/d');
    expect(shellDataDir(['x'], { STATION_DATA: '/e' }, '/u')).toBe('/e');
    expect(shellDataDir(['x'], {}, '/u')).toBe(join('/u', 'data'));
  });
});
