import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI tests run the real bundle; esbuild makes it in about a second. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['main/build.mjs'], { cwd: root, stdio: 'inherit' });
}
