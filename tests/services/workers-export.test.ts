import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { audit, idFor, roster } from './roster-fixtures';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Reads an .xlsx with openpyxl (a different reader than exceljs): each cell's type and value. */
function readWithOpenpyxl(file: string): { t: string; v: string }[][] {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
print(json.dumps({"freeze": ws.freeze_panes, "rows": [[{"t": c.data_type, "v": "" if c.value is None else str(c.value)} for c in row] for row in ws.iter_rows()]}))
`;
  const out = JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }));
  expect(out.freeze).toBe('A2');
  return out.rows;
}

const NASTY = ['=HYPERLINK("http://evil","x")', '+SUM(A1:A2)', '-1+2', '@cmd', '\t=1+1'];

describe('exports.workers', () => {
  it('writes .xlsx with masked IDs, a bold frozen header, and formula-looking text kept as text', async () => {
    const r = await roster();
    for (const [i, team] of NASTY.entries()) {
      await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: `工人${'甲乙丙丁戊'[i]}`, idNumber: idFor(100 + i), team: team.trim() === team ? team : '=1+1', employer: team } });
    }
    const f = await r.must(r.trainer, 'exports.workers', { stationId: r.stationId });
    expect(f.fileName).toMatch(/^工人花名册_江门滨江新城项目提升站_2026-03-02\.xlsx$/);
    const file = join(tempDir(), 'roster.xlsx');
    writeFileSync(file, Buffer.from(f.base64, 'base64'));
    const rows = readWithOpenpyxl(file);
    expect(rows[0]!.map((c) => c.v)).toContain('证件号码');
    const idCol = rows[0]!.findIndex((c) => c.v === '证件号码');
    const teamCol = rows[0]!.findIndex((c) => c.v === '班组');
    const empCol = rows[0]!.findIndex((c) => c.v === '所属单位');
    for (const row of rows.slice(1)) {
      expect(row[idCol]).toEqual({ t: 's', v: expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/) });
      for (const c of row) expect(c.t).not.toBe('f');
      expect(row[teamCol]!.t).toBe('s');
      expect(row[empCol]!.t).toBe('s');
    }
    expect(rows.slice(1).map((row) => row[empCol]!.v).sort()).toEqual(NASTY.map((s) => s.trim()).sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]!.getRow(1).font?.bold).toBe(true);
    expect(audit(r.core, 'export_personal_data')).toHaveLength(0);
  });

  it('writes CSV as UTF-8 with BOM, defusing formula-looking text with an apostrophe', async () => {
    const r = await roster();
    await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(120), team: '=1+1', employer: '@SUM(1)' } });
    const f = await r.must(r.trainer, 'exports.workers', { stationId: r.stationId, format: 'csv' });
    const bytes = Buffer.from(f.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain(",'=1+1,");
    expect(text).toContain("'@SUM(1)");
    expect(text).not.toContain(idFor(120));
    expect(f.fileName.endsWith('.csv')).toBe(true);
  });

  it('exports full ID numbers to an admin only, and records that export', async () => {
    const r = await roster();
    await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(130) } });
    expect(await r.call(r.trainer, 'exports.workers', { stationId: r.stationId, fullIdNumbers: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const f = await r.must(r.admin, 'exports.workers', { stationId: r.stationId, fullIdNumbers: true, format: 'csv' });
    expect(Buffer.from(f.base64, 'base64').toString('utf8')).toContain(idFor(130));
    const rows = audit(r.core, 'export_personal_data');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after_json).not.toContain(idFor(130));
  });

  it('round-trips: an exported roster imports back as unchanged', async () => {
    const r = await roster();
    await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张三', idNumber: idFor(140), team: '一班', tradeId: r.trades.get('电工'), skillLevel: 'L3', entryDate: '2026-01-05' } });
    const f = await r.must(r.admin, 'exports.workers', { stationId: r.stationId, fullIdNumbers: true });
    const p = await r.must(r.trainer, 'imports.workersPreview', { stationId: r.stationId, fileName: f.fileName, base64: f.base64 });
    expect(p.counts).toMatchObject({ rows: 1, unchanged: 1, refused: 0 });
  });
});
