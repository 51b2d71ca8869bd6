// A station for the full-disk browser test, run with tsx in its own process: a real core, SQLite file
// and LAN host, whose disk the test fills and frees by writing "fill" or "free" to its stdin (SQLite's
// max_page_count makes it answer SQLITE_FULL exactly as on a full disk).
import { createInterface } from 'node:readline';
import { openCore, type Core } from '../../../main/app/core';
import { dispatch } from '../../../main/app/dispatch';
import { createHttpHost } from '../../../main/http/server';

const [dataDir, rendererDir, stationName, adminPassword] = process.argv.slice(2) as [string, string, string, string];

/** No page more for the database, and the free room on its last pages used up by training sessions. */
async function fill(core: Core): Promise<void> {
  core.db.pragma(`max_page_count = ${core.db.pragma('page_count', { simple: true }) as number}`);
  const accountId = core.db.prepare('SELECT id FROM accounts LIMIT 1').pluck().get() as string;
  const admin = { role: 'admin' as const, via: 'internal' as const, accountId };
  const stationId = core.stations.first()!.id;
  for (let i = 0; i < 500; i++) {
    const r = await dispatch(core, admin, 'sessions.create', {
      stationId,
      fields: { title: `安全教育${i}`, category: 'safety', startsAt: '2026-03-02T08:00', endsAt: '2026-03-02T09:00', description: '说明'.repeat(200) },
    });
    if (!r.ok && r.error.code === 'disk_full') break;
    if (!r.ok) throw new Error(r.error.message);
  }
  process.stdout.write('done fill\n');
}

async function main() {
  const core = openCore({ dataDir });
  const r = await dispatch(core, { role: 'anonymous', via: 'internal' }, 'setup.init', { stationName, adminPassword, language: 'zh-CN' });
  if (!r.ok) throw new Error(r.error.message);
  const host = await createHttpHost({ core, rendererDir, port: 0 });
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line === 'fill') void fill(core);
    if (line === 'free') core.db.pragma('max_page_count = 1073741823');
    if (line !== 'fill') process.stdout.write(`done ${line}\n`);
  });
  process.once('SIGTERM', () => void host.close().then(() => (core.close(), process.exit(0))));
  process.stdout.write(`listening ${host.url}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
