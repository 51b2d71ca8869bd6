import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openCore, type Core } from '../../main/app/core';
import { fixedClock } from '../../main/lib/clock';
import { createLogger } from '../../main/lib/log';

const made: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'station-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export const T0 = '2026-03-02T08:00:00.000Z';

/** A core on a real SQLite file in a temp folder, with a fixed clock; closed after the test. */
export function testCore(opts: { dataDir?: string; at?: string } = {}) {
  const dataDir = opts.dataDir ?? tempDir();
  const clock = fixedClock(opts.at ?? T0);
  const log = createLogger({ dir: join(dataDir, 'logs'), now: () => clock.now() });
  const core = openCore({ dataDir, clock, log });
  cores.push(core);
  return { core, clock, dataDir };
}

export const ADMIN_PASSWORD = 'correct-horse-42';
