import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli';

/** Every import / require / dynamic import specifier in the project's own source. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx|mts|cts|mjs|cjs|js)$/.test(name)) out.push(rel);
  }
  return out;
}

const SPEC = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(SPEC)].map((m) => (m[1] ?? m[2])!);
}

/** Top-level folder a relative import lands in, e.g. 'main/electron' or 'renderer'. */
function target(file: string, spec: string): string {
  return relative(ROOT, resolve(ROOT, dirname(file), spec)).split(sep).join('/');
}

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function violations(files: string[], bad: (file: string, spec: string) => boolean) {
  return files.flatMap((f) => importsOf(f).filter((s) => bad(f, s)).map((s) => `${f} -> ${s}`));
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
    expect(violations(renderer, (f, s) => s.startsWith('.') && target(f, s).startsWith('main'))).toEqual([]);
    expect(violations(renderer, (f, s) => NODE.has(s) && !f.endsWith('vite.config.ts'))).toEqual([]);
  });

  it('the core does not import its hosts', () => {
    const core = main.filter((f) => /^main\/(app|services|db)\//.test(f));
    expect(
      violations(core, (f, s) => s.startsWith('.') && /^main\/(http|cli|electron)(\/|$)/.test(target(f, s))),
    ).toEqual([]);
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

  it('the scanner catches a violation when one exists', () => {
    expect(violations(['main/app/core.ts'], (_f, s) => s.startsWith('../db'))).not.toEqual([]);
  });
});
