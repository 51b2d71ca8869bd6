// The kiosk entry (renderer/kiosk.html → src/kiosk-main.tsx) is what a cheap tablet downloads at the door:
// its whole import graph must stay free of the admin app's heavy parts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli';

const SPEC = /(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // a folder
      }
    }
  }
  return null;
}

/** Every file and package the entry pulls in at run time (type-only imports are erased and skipped). */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPEC)) {
      if (m[1]) continue; // import type
      const spec = (m[2] ?? m[3])!;
      if (spec.startsWith('.')) {
        const target = resolveFile(file, spec);
        if (target && /\.(ts|tsx)$/.test(target)) todo.push(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  }
  return { files, packages };
}

describe('the kiosk entry', () => {
  const entry = join(ROOT, 'renderer/src/kiosk-main.tsx');
  const { files, packages } = graph(entry);

  it('is found, with its screens (the walk works)', () => {
    const rel = [...files].map((f) => relative(ROOT, f));
    expect(rel).toContain('renderer/src/pages/KioskPage.tsx');
    expect(rel).toContain('renderer/src/components/kiosk/KioskKeypad.tsx');
    expect(packages).toContain('react');
    expect(packages).toContain('i18next');
  });

  it('loads neither antd, its icons, ECharts, the router nor zod', () => {
    for (const heavy of ['antd', '@ant-design/icons', 'echarts', 'react-router', 'zod', 'dayjs', 'qrcode', 'exceljs']) {
      expect([...packages], heavy).not.toContain(heavy);
    }
  });

  it('never reaches the admin screens or the full string table', () => {
    const rel = [...files].map((f) => relative(ROOT, f));
    expect(rel.filter((f) => /renderer\/src\/(App|main)\.tsx$|renderer\/src\/frame\/|shared\/i18n\/resources\.ts$|shared\/contract\/channels/.test(f))).toEqual([]);
  });

  it('has its own HTML page with the content security policy added at build', () => {
    const html = readFileSync(join(ROOT, 'renderer/kiosk.html'), 'utf8');
    expect(html).toContain('/src/kiosk-main.tsx');
    const config = readFileSync(join(ROOT, 'renderer/vite.config.ts'), 'utf8');
    expect(config).toMatch(/page\('kiosk'/);
    expect(config).toContain('transformIndexHtml');
  });

  it('is built on Preact, React aliased to preact/compat for its build only', () => {
    const config = readFileSync(join(ROOT, 'renderer/vite.config.ts'), 'utf8');
    for (const spec of ['react', 'react-dom', 'react-dom\\/client', 'react\\/jsx-runtime', 'use-sync-external-store\\/shim']) {
      expect(config, spec).toContain(`find: /^${spec}$/, replacement: 'preact/compat`);
    }
    expect(config).toMatch(/page\('kiosk', \{ resolve: \{ alias: KIOSK_PREACT_ALIASES \} \}\)/);
    expect(config).toMatch(/const admin = page\('index'\)/);
  });
});
