// The project's own import graph, read from the source text: what the architecture tests check.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ROOT } from '../support/cli';

/** Every source file under `dir` (relative to the repository root, with forward slashes). */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = `${dir}/${name}`;
    if (name === 'node_modules') continue;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx|mts|cts|mjs|cjs|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

const SPEC = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import / export-from / require / dynamic import specifier in a file, type-only ones too. */
export function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(SPEC)].map((m) => (m[1] ?? m[2])!);
}

/** Where a relative specifier lands, as a repository path (not checked to exist). */
export function target(file: string, spec: string): string {
  return relative(ROOT, resolve(ROOT, dirname(file), spec)).split(sep).join('/');
}

const isFile = (rel: string) => existsSync(join(ROOT, rel)) && statSync(join(ROOT, rel)).isFile();

/** The file a relative specifier loads (module resolution as TypeScript's bundler mode does it), or null. */
export function resolveImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = target(file, spec);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find(isFile) ?? null;
}

export type Graph = Map<string, string[]>;

export function graphOf(files: string[]): Graph {
  return new Map(files.map((f) => [f, [...new Set(importsOf(f).map((s) => resolveImport(f, s)).filter((t): t is string => t !== null))]]));
}

/** The strongly connected groups of more than one file (and files importing themselves): each is a cycle. */
export function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || graph.get(v)?.includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

export function violations(files: string[], bad: (file: string, spec: string) => boolean): string[] {
  return files.flatMap((f) => importsOf(f).filter((s) => bad(f, s)).map((s) => `${f} -> ${s}`));
}
