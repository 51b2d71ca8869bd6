import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli';
import { cycles, graphOf, importsOf, resolveImport, sourceFiles, target, violations, type Graph } from './graph';

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * The layers of main/, lowest first. A file may import its own layer and the ones below it, never one
 * above: the small things every layer uses (lib), the report arithmetic both stores share, computed from
 * facts (report-core), the database (db), the domains (services), the composition root (app), then the
 * hosts (the hub is one, with its own store).
 */
const LAYERS = ['lib', 'report-core', 'db', 'services', 'app'] as const;
const HOSTS = /^main\/(http|cli|electron|hub)(\/|$)/;
const layerOf = (path: string): number => LAYERS.findIndex((l) => path.startsWith(`main/${l}/`));

/** An import from a lower layer reaching up (or from the core into a host). */
export function reachesUp(file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return false;
  const from = layerOf(file);
  if (from < 0) return false;
  const to = target(file, spec);
  return HOSTS.test(to) || layerOf(to) > from;
}

/** Outside a domain folder of main/services, only its index.ts (its public face) is imported. */
export function bypassesIndex(file: string, spec: string): boolean {
  const to = resolveImport(file, spec);
  const m = to && /^main\/services\/([^/]+)\/(.+)$/.exec(to);
  if (!m) return false;
  return !file.startsWith(`main/services/${m[1]}/`) && m[2] !== 'index.ts';
}

describe('architecture: the lines design.md draws', () => {
  const main = sourceFiles('main');
  const shared = sourceFiles('shared');
  const renderer = sourceFiles('renderer');

  it('finds the source it checks (the scanner itself works)', () => {
    expect(main.length).toBeGreaterThan(10);
    expect(shared.length).toBeGreaterThan(3);
    expect(importsOf('main/app/dispatch.ts')).toContain('../../shared/contract/channels');
  });

  it('only main/electron imports electron', () => {
    const all = [...main, ...shared, ...renderer, ...sourceFiles('tests').filter((f) => !f.includes('electron'))];
    expect(violations(all, (f, s) => s === 'electron' && !f.startsWith('main/electron/'))).toEqual([]);
  });

  it('shared/ imports neither Node nor the DOM nor the rest of the app', () => {
    expect(violations(shared, (_f, s) => NODE.has(s) || s.startsWith('node:'))).toEqual([]);
    expect(violations(shared, (f, s) => s.startsWith('.') && !target(f, s).startsWith('shared/'))).toEqual([]);
    const tsconfig = readFileSync(join(ROOT, 'shared/tsconfig.json'), 'utf8');
    expect(tsconfig).toMatch(/"lib":\s*\["ES2022"\]/);
    expect(tsconfig).toMatch(/"types":\s*\[\]/);
  });

  it('the renderer never imports main/ or Node', () => {
    // The build's config runs in Node and precompresses with the LAN host's own settings; nothing else may.
    const buildsWithHostSettings = (f: string, s: string) => f.endsWith('vite.config.ts') && target(f, s) === 'main/http/compress.ts';
    expect(violations(renderer, (f, s) => s.startsWith('.') && target(f, s).startsWith('main') && !buildsWithHostSettings(f, s))).toEqual([]);
    expect(violations(renderer, (f, s) => NODE.has(s) && !f.endsWith('vite.config.ts'))).toEqual([]);
  });

  it('main/ is layered: lib, db, services, app, then the hosts; no arrow points up', () => {
    expect(violations(main, reachesUp)).toEqual([]);
    expect(violations(main, (f, s) => s.startsWith('.') && target(f, s).startsWith('renderer'))).toEqual([]);
  });

  it('the station never depends on the hub, and the shared report arithmetic reads no database', () => {
    const station = main.filter((f) => /^main\/(app|services|db|http|electron)\//.test(f));
    expect(violations(station, (f, s) => s.startsWith('.') && /^main\/hub(\/|$)/.test(target(f, s)))).toEqual([]);
    const reportCore = main.filter((f) => f.startsWith('main/report-core/'));
    expect(reportCore.length).toBeGreaterThan(2);
    expect(
      violations(reportCore, (f, s) => ['better-sqlite3', 'pg'].includes(s) || (s.startsWith('.') && /^main\/(db|hub|services)(\/|$)/.test(target(f, s)))),
    ).toEqual([]);
  });

  it('each domain under main/services is reached through its index.ts', () => {
    expect(violations(main, bypassesIndex)).toEqual([]);
  });

  it('no import cycles in main/ or the renderer (type-only imports included)', () => {
    expect(cycles(graphOf(main.filter((f) => /\.tsx?$/.test(f))))).toEqual([]);
    expect(cycles(graphOf(renderer.filter((f) => /\.tsx?$/.test(f))))).toEqual([]);
  });

  describe('the rules catch a planted violation', () => {
    it('the core importing its host', () => {
      expect(violations(['main/app/core.ts'], (_f, s) => s.startsWith('../db'))).not.toEqual([]);
      expect(reachesUp('main/services/workers/records.ts', '../../app/core')).toBe(true);
      expect(reachesUp('main/db/open.ts', '../services/backups')).toBe(true);
      expect(reachesUp('main/lib/log.ts', '../db/open')).toBe(true);
      expect(reachesUp('main/app/core.ts', '../http/server')).toBe(true);
      expect(reachesUp('main/services/workers/records.ts', '../../hub/db/pool')).toBe(true);
      expect(reachesUp('main/services/workers/records.ts', '../../lib/clock')).toBe(false);
      expect(reachesUp('main/report-core/facts.ts', '../services/reports')).toBe(true);
      expect(reachesUp('main/app/core.ts', '../services/workers')).toBe(false);
    });

    it('a deep import into another domain', () => {
      expect(bypassesIndex('main/app/core.ts', '../services/workers/records')).toBe(true);
      expect(bypassesIndex('main/services/reports/platform.ts', '../workers/roster-export')).toBe(true);
      expect(bypassesIndex('main/app/core.ts', '../services/workers')).toBe(false);
      expect(bypassesIndex('main/services/workers/records.ts', './rows')).toBe(false);
    });

    it('a cycle, long or short', () => {
      const planted: Graph = new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a', 'd']],
        ['d', []],
        ['e', ['e']],
      ]);
      expect(cycles(planted)).toEqual([['a', 'b', 'c'], ['e']]);
      expect(cycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
    });
  });
});
