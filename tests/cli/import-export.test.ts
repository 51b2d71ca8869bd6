import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../main/app/core';
import { station } from '../support/cli';
import { tempDir } from '../support/temp';
import { addTrades, idFor } from '../services/roster-fixtures';

function folder() {
  const data = tempDir();
  const init = station(['init', '--name', '滨江提升站', '--data', data]);
  expect(init.code).toBe(0);
  const core = openCore({ dataDir: data });
  addTrades(core, core.stations.first()!.id);
  core.close();
  return data;
}

const count = (data: string) => {
  const core = openCore({ dataDir: data });
  try {
    return (core.db.prepare('SELECT count(*) AS n FROM workers').get() as { n: number }).n;
  } finally {
    core.close();
  }
};

describe('station import / export workers', () => {
  it('dry-runs, then imports, with exit 0 only when every row is accepted', async () => {
    const data = folder();
    const dir = tempDir();
    const good = join(dir, 'good.csv');
    writeFileSync(good, `\uFEFF姓名,身份证号码,工种\r\n张三,${idFor(1)},电工\r\n李四,${idFor(2)},钢筋工\r\n`);
    const dry = station(['import', 'workers', good, '--dry-run', '--data', data]);
    expect(dry.stdout).toContain('add: 2');
    expect(dry.stdout).toContain('Dry run');
    expect(dry.code).toBe(0);
    expect(count(data)).toBe(0);
    const real = station(['import', 'workers', good, '--data', data]);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('2 added');
    expect(count(data)).toBe(2);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `姓名,身份证号码\r\n王五,110105194912310021\r\n赵六,${idFor(3)}\r\n`);
    const partly = station(['import', 'workers', bad, '--data', data]);
    expect(partly.code).toBe(1);
    expect(partly.stdout).toMatch(/refused row 2, 身份证号码: .*check digit/);
    expect(count(data)).toBe(3);
  });

  it('names a file-level problem in one line', () => {
    const data = folder();
    const f = join(tempDir(), 'roster.xlsx');
    writeFileSync(f, '姓名,身份证号\n');
    const r = station(['import', 'workers', f, '--data', data]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('not an Excel workbook');
    expect(station(['import', 'workers', join(tempDir(), 'missing.csv'), '--data', data]).code).toBe(1);
  });

  it('exports .xlsx and .csv by extension, masked unless --full-ids; an unwritable path is one line', () => {
    const data = folder();
    const src = join(tempDir(), 'r.csv');
    writeFileSync(src, `姓名,身份证号码\r\n张三,${idFor(5)}\r\n`);
    expect(station(['import', 'workers', src, '--data', data]).code).toBe(0);
    const dir = tempDir();
    const x = station(['export', 'workers', '--out', join(dir, 'r.xlsx'), '--data', data]);
    expect(x.code).toBe(0);
    expect(readFileSync(join(dir, 'r.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(station(['export', 'workers', '--out', join(dir, 'r.csv'), '--data', data]).code).toBe(0);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).not.toContain(idFor(5));
    expect(station(['export', 'workers', '--out', join(dir, 'full.csv'), '--full-ids', '--data', data]).code).toBe(0);
    expect(readFileSync(join(dir, 'full.csv'), 'utf8')).toContain(idFor(5));
    const bad = station(['export', 'workers', '--out', join(dir, 'no', 'such', 'dir', 'r.xlsx'), '--data', data]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('cannot write');
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
