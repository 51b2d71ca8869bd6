// The roster's figures: worker search over 200,000 workers (p95 ≤ 20 ms at the handler) and import
// of a 50,000-row .xlsx (≤ 10 s, memory bounded by parsing). Each beside a same-run baseline.
// Alone: npx tsx tests/bench/workers.bench.ts
import ExcelJS from 'exceljs';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { openCore, type Core } from '../../main/app/core';
import { dispatch } from '../../main/app/dispatch';
import { newId } from '../../main/lib/ids';
import { INSERT_WORKER_SQL, recordParams, type WorkerRecord } from '../../main/services/workers';
import type { Caller } from '../../shared/contract/access';
import { checkChar, reverseId } from '../../shared/domain/id-number';
import { printTable, summarise, timeEach, type Figure } from './stats';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建国建华志强海燕玉兰文德福春生永胜红梅小龙大海金华玉珍';
const REGIONS = ['440703', '440704', '440705', '440781', '440783', '440784', '440785', '510722', '511721', '522121', '653121', '653122', '450881', '431224'];
const TRADES = ['钢筋工', '砌筑工', '电工', '架子工', '混凝土工', '电焊工', '抹灰工', '防水工', '管道工', '油漆工', '木工'];

function pick<T>(arr: ArrayLike<T>): T {
  return arr[randomInt(0, arr.length)]!;
}

function personName(): string {
  const g1 = pick(GIVEN);
  return pick(SURNAMES) + g1 + (randomInt(0, 3) ? pick(GIVEN) : '');
}

function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + randomInt(0, 365 * 40) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = REGIONS[i % REGIONS.length]! + birth + String(randomInt(0, 1000)).padStart(3, '0');
  return first17 + checkChar(first17);
}

async function freshStation(dataDir: string): Promise<{ core: Core; admin: Caller; stationId: string; tradeIds: string[] }> {
  const core = openCore({ dataDir, logToStderr: false });
  const r = await dispatch(core, { role: 'anonymous', via: 'internal' }, 'setup.init', { stationName: '基准测试提升站', adminPassword: 'bench-password-1' });
  if (!r.ok) throw new Error(r.error.message);
  const stationId = core.stations.first()!.id;
  const now = new Date().toISOString();
  const ins = core.db.prepare('INSERT OR IGNORE INTO trades (id, station_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  for (const t of TRADES) ins.run(newId(), stationId, t, now, now);
  const tradeIds = core.db.prepare('SELECT id FROM trades WHERE station_id = ?').pluck().all(stationId) as string[];
  return { core, admin: { role: 'admin', via: 'internal', accountId: 'bench' }, stationId, tradeIds };
}

/** 200,000 workers in one transaction through prepared statements. */
function generate(core: Core, stationId: string, tradeIds: string[], n: number) {
  const insert = core.db.prepare(INSERT_WORKER_SQL);
  const badge = core.db.prepare('INSERT INTO badges (code, station_id, worker_id, issued_at) VALUES (?, ?, ?, ?)');
  const ids = new Set<string>();
  const codes = new Set<string>();
  const sample = { ids: [] as string[], mobiles: [] as string[], codes: [] as string[], names: [] as string[], teams: [] as string[] };
  const t0 = Date.now() - n * 1000;
  core.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      let id = idNumber(i);
      while (ids.has(id)) id = idNumber(i);
      ids.add(id);
      let code = 'W' + String(randomInt(0, 10_000_000)).padStart(7, '0');
      while (codes.has(code)) code = 'W' + String(randomInt(0, 10_000_000)).padStart(7, '0');
      codes.add(code);
      const mobile = '1' + pick('3456789') + String(randomInt(0, 1e9)).padStart(9, '0');
      const team = `${pick(TRADES).slice(0, 2)}${(i % 400) + 1}班`;
      const rec: WorkerRecord = {
        name: personName(),
        idType: 'resident',
        idNumber: id,
        mobile,
        tradeId: pick(tradeIds),
        skillLevel: null,
        highRiskPost: null,
        insuranceMonths: null,
        apprenticeLevel: null,
        apprenticeFrom: null,
        apprenticeTo: null,
        employer: `江门第${(i % 60) + 1}劳务公司`,
        team,
        homeProvince: '',
        homeCounty: '',
        homeTownship: '',
        mandarinLevel: null,
        traineeGroup: null,
        language: 'zh-CN',
        entryDate: null,
        exitDate: null,
        status: i % 7 ? 'on_site' : 'left',
        idRev: reverseId(id),
        mobileRev: reverseId(mobile),
        sex: Number(id[16]) % 2 ? 'M' : 'F',
        birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      };
      const at = new Date(t0 + i * 1000).toISOString();
      const wid = newId(t0 + i * 1000);
      insert.run(wid, stationId, ...recordParams(rec), code, at, at);
      badge.run(code, stationId, wid, at);
      if (i % 997 === 0) {
        sample.ids.push(id);
        sample.mobiles.push(mobile);
        sample.codes.push(code);
        sample.names.push(rec.name);
        sample.teams.push(team);
      }
    }
  })();
  return sample;
}

async function searchBench(figures: Figure[]) {
  const dir = mkdtempSync(join(tmpdir(), 'station-bench-workers-'));
  const { core, admin, stationId, tradeIds } = await freshStation(dir);
  try {
    const n = 200_000;
    const t = performance.now();
    const s = generate(core, stationId, tradeIds, n);
    core.db.exec('ANALYZE');
    figures.push({ name: `generate ${n} workers (one transaction)`, unit: 's', value: (performance.now() - t) / 1000 });

    let k = 0;
    const queries: (() => Record<string, unknown>)[] = [
      () => ({ q: s.names[k % s.names.length]!.slice(0, 1) }),
      () => ({ q: s.names[k % s.names.length]!.slice(0, 2) }),
      () => ({ q: s.ids[k % s.ids.length]!.slice(-4) }),
      () => ({ q: s.mobiles[k % s.mobiles.length]!.slice(-4) }),
      () => ({ team: s.teams[k % s.teams.length]! }),
      () => ({ q: s.codes[k % s.codes.length]! }),
      () => ({}),
      () => ({ q: s.names[k % s.names.length]!, sort: 'name', dir: 'asc' }),
    ];
    // A given name without the surname: usually no prefix hit, so the name-contains fallback runs. Its own figure.
    const givenName = () => ({ q: s.names[k % s.names.length]!.slice(1) });
    const samples = await timeEach(2000, async () => {
      const input = { stationId, ...queries[k % queries.length]!() };
      k++;
      // Many callers: one account's distinct number searches are limited per minute (shared/domain/privacy).
      const r = await dispatch(core, { ...admin, accountId: `bench-${k % 500}` }, 'workers.search', input);
      if (!r.ok) throw new Error(r.error.message);
    });

    // Baseline: the bare SQL a hand-written query would use for the same questions, no dispatch, no mapping.
    const db = core.db;
    const END = '\u{10FFFF}';
    const namePrefix = db.prepare('SELECT * FROM workers WHERE station_id = ? AND name >= ? AND name < ? AND archived_at IS NULL ORDER BY created_at DESC LIMIT 50');
    const idTail = db.prepare('SELECT * FROM workers WHERE station_id = ? AND id_rev >= ? AND id_rev < ? ORDER BY created_at DESC LIMIT 50');
    const mobTail = db.prepare('SELECT * FROM workers WHERE station_id = ? AND mobile_rev >= ? AND mobile_rev < ? ORDER BY created_at DESC LIMIT 50');
    const team = db.prepare('SELECT * FROM workers WHERE station_id = ? AND team = ? ORDER BY created_at DESC LIMIT 50');
    const code = db.prepare('SELECT * FROM workers WHERE station_id = ? AND badge_code = ?');
    const latest = db.prepare('SELECT * FROM workers WHERE station_id = ? AND archived_at IS NULL ORDER BY created_at DESC LIMIT 50');
    const contains = db.prepare('SELECT * FROM workers WHERE station_id = ? AND instr(name, ?) > 0 ORDER BY created_at DESC LIMIT 50');
    const byName = db.prepare('SELECT * FROM workers WHERE station_id = ? AND name >= ? AND name < ? ORDER BY name LIMIT 50');
    k = 0;
    const bare: (() => unknown)[] = [
      () => namePrefix.all(stationId, s.names[k % s.names.length]!.slice(0, 1), s.names[k % s.names.length]!.slice(0, 1) + END),
      () => namePrefix.all(stationId, s.names[k % s.names.length]!.slice(0, 2), s.names[k % s.names.length]!.slice(0, 2) + END),
      () => idTail.all(stationId, reverseId(s.ids[k % s.ids.length]!.slice(-4)), reverseId(s.ids[k % s.ids.length]!.slice(-4)) + END),
      () => mobTail.all(stationId, reverseId(s.mobiles[k % s.mobiles.length]!.slice(-4)), reverseId(s.mobiles[k % s.mobiles.length]!.slice(-4)) + END),
      () => team.all(stationId, s.teams[k % s.teams.length]!),
      () => code.all(stationId, s.codes[k % s.codes.length]!),
      () => latest.all(stationId),
      () => byName.all(stationId, s.names[k % s.names.length]!, s.names[k % s.names.length]! + END),
    ];
    const base = await timeEach(2000, () => {
      bare[k % bare.length]!();
      k++;
    });
    if (process.env.BENCH_DETAIL) {
      for (const [qi, q] of queries.entries()) {
        k = 0;
        const per = await timeEach(200, async () => {
          k++;
          await dispatch(core, { ...admin, accountId: `bench-${k % 500}` }, 'workers.search', { stationId, ...q() });
        }, 20);
        const sm = summarise(per);
        console.log(`query ${qi}: p50 ${sm.p50.toFixed(2)} p95 ${sm.p95.toFixed(2)} max ${Math.max(...per).toFixed(2)}`);
      }
    }
    k = 0;
    const given = summarise(await timeEach(300, async () => {
      k++;
      await dispatch(core, admin, 'workers.search', { stationId, ...givenName() });
    }, 20));
    k = 0;
    const givenBare = summarise(await timeEach(300, () => {
      k++;
      contains.all(stationId, s.names[k % s.names.length]!.slice(1));
    }, 20));
    figures.push({ name: 'workers.search given name (name-contains fallback), p95', unit: 'ms', value: given.p95, baseline: givenBare.p95, baselineName: 'bare SQL instr scan' });
    const a = summarise(samples);
    const b = summarise(base);
    figures.push({ name: 'workers.search over 200k, p50 (handler)', unit: 'ms', value: a.p50, baseline: b.p50, baselineName: 'bare SQL' });
    figures.push({ name: 'workers.search over 200k, p95 (handler)', unit: 'ms', value: a.p95, baseline: b.p95, baselineName: 'bare SQL', target: '≤ 20 ms' });
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeRoster(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(file), useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['序号', '姓名', '身份证号码', '手机号码', '工种', '班组', '劳务公司', '籍贯', '进场日期']).commit();
  const ids = new Set<string>();
  for (let i = 0; i < rows; i++) {
    let id = idNumber(i);
    while (ids.has(id)) id = idNumber(i);
    ids.add(id);
    ws.addRow([i + 1, personName(), id, '1' + pick('3456789') + String(randomInt(0, 1e9)).padStart(9, '0'), pick(TRADES), `${(i % 300) + 1}班`, `江门第${(i % 60) + 1}劳务公司`, '四川省', '2026-02-01']).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Samples RSS while `fn` runs: the peak over the starting point. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakRssMb: number; heapDeltaMb: number }> {
  const start = process.memoryUsage();
  let peak = start.rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms, peakRssMb: (peak - start.rss) / 1048576, heapDeltaMb: (process.memoryUsage().heapUsed - start.heapUsed) / 1048576 };
  } finally {
    clearInterval(timer);
  }
}

async function importBench(figures: Figure[]) {
  const dir = mkdtempSync(join(tmpdir(), 'station-bench-import-'));
  const file = join(dir, 'roster-50k.xlsx');
  const { core, admin, stationId } = await freshStation(join(dir, 'data'));
  try {
    await writeRoster(file, 50_000);
    const bytes = readFileSync(file);
    figures.push({ name: '50k-row roster .xlsx size', unit: 'MB', value: bytes.length / 1048576 });

    const bare = await withPeakRss(async () => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
      let n = 0;
      for await (const ws of reader) for await (const _row of ws as unknown as AsyncIterable<unknown>) n++;
      return n;
    });
    const ours = await withPeakRss(async () => {
      const p = await dispatch(core, admin, 'imports.workersPreview', { stationId, fileName: 'roster-50k.xlsx', base64: bytes.toString('base64') });
      if (!p.ok) throw new Error(p.error.message);
      const c = await dispatch(core, admin, 'imports.workersCommit', { previewId: (p.value as { previewId: string }).previewId });
      if (!c.ok) throw new Error(c.error.message);
      return c.value as { added: number; refused: number };
    });
    if (ours.value.added !== 50_000) throw new Error(`imported ${ours.value.added} of 50000 (refused ${ours.value.refused})`);
    figures.push({ name: 'import 50k-row .xlsx (parse, validate, write)', unit: 's', value: ours.ms / 1000, baseline: bare.ms / 1000, baselineName: 'bare exceljs stream read', target: '≤ 10 s' });
    figures.push({ name: 'import 50k-row .xlsx, peak RSS growth', unit: 'MB', value: ours.peakRssMb, baseline: bare.peakRssMb, baselineName: 'bare exceljs stream read' });
    figures.push({ name: 'import 50k-row .xlsx, heap growth after', unit: 'MB', value: ours.heapDeltaMb, baseline: bare.heapDeltaMb });
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function workersBench(figures: Figure[]): Promise<void> {
  if (process.env.BENCH_ONLY !== 'import') await searchBench(figures);
  if (process.env.BENCH_ONLY !== 'search') await importBench(figures);
}

if (process.argv[1]?.endsWith('workers.bench.ts')) {
  const figures: Figure[] = [];
  workersBench(figures).then(
    () => printTable(figures),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
