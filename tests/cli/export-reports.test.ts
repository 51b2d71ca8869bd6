import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../main/app/core';
import { generateStation } from '../../main/services/demo';
import { station } from '../support/cli';
import { tempDir } from '../support/temp';
import { readXlsxWithPython, sheetNamed } from '../support/xlsx-read';

function folder() {
  const data = tempDir();
  expect(station(['init', '--name', '滨江提升站', '--data', data]).code).toBe(0);
  const core = openCore({ dataDir: data });
  const stationId = core.stations.first()!.id;
  const made = generateStation(core.db, stationId, { workers: 300, sessions: 60, attendance: 1500, until: '2026-02-20' });
  core.close();
  return { data, stationId, made };
}

describe('station export (reports)', () => {
  it('writes the status table, a monthly report and a sign-in sheet; the workers export still works', () => {
    const { data, made } = folder();
    const dir = tempDir();
    const st = station(['export', 'status-table', '--out', join(dir, 's.xlsx'), '--data', data]);
    expect(st.code).toBe(0);
    expect(readXlsxWithPython(readFileSync(join(dir, 's.xlsx')))[0]!.rows[2]![1]).toBe('提升站所在企业（或在建项目）名称');
    expect(station(['export', 'status-table', '--out', join(dir, 's.csv'), '--data', data]).code).toBe(0);

    const m = station(['export', 'monthly', '--month', '2026-02', '--out', join(dir, 'm.xlsx'), '--data', data]);
    expect(m.code).toBe(0);
    const core = openCore({ dataDir: data });
    const personTimes = core.db
      .prepare("SELECT count(*) FROM attendance a JOIN training_sessions s ON s.id = a.session_id WHERE a.status = 'present' AND s.state = 'closed' AND s.starts_at LIKE '2026-02%'")
      .pluck()
      .get();
    core.close();
    const summary = sheetNamed(readXlsxWithPython(readFileSync(join(dir, 'm.xlsx'))), '总体情况');
    expect(summary.rows.find((r) => r[0] === '培训人次')?.[1]).toBe(personTimes);

    expect(station(['export', 'quarterly', '--quarter', '2026-Q1', '--out', join(dir, 'q.xlsx'), '--data', data]).code).toBe(0);
    expect(station(['export', 'annual', '--year', '2026', '--out', join(dir, 'a.xlsx'), '--data', data]).code).toBe(0);
    expect(station(['export', 'sign-in-sheet', '--session', made.sessionIds[0]!, '--out', join(dir, 'sign.xlsx'), '--data', data]).code).toBe(0);
    expect(station(['export', 'worker-record', '--worker', made.workerIds[0]!, '--out', join(dir, 'w.csv'), '--data', data]).code).toBe(0);
    expect(station(['export', 'subsidies', '--year', '2026', '--out', join(dir, 'sub.xlsx'), '--data', data]).code).toBe(0);
    expect(station(['export', 'platform', '--from', '2026-02-01', '--to', '2026-02-20', '--default-type', '003001', '--out', join(dir, 'p.csv'), '--data', data]).code).toBe(0);
    expect(station(['export', 'workers', '--out', join(dir, 'r.xlsx'), '--data', data]).code).toBe(0);
    // Eleven commands, each a process that starts, opens the database and writes a file.
  }, 120_000);

  it('an unwritable path, an unknown station, a bad option: one line each, no stack trace', () => {
    const { data } = folder();
    const bad = station(['export', 'monthly', '--month', '2026-02', '--out', '/nonexistent/dir/m.xlsx', '--data', data]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('cannot write /nonexistent/dir/m.xlsx');
    const none = station(['export', 'monthly', '--month', '2026-02', '--station', '01JAAAAAAAAAAAAAAAAAAAAAAA', '--out', join(tempDir(), 'm.xlsx'), '--data', data]);
    expect(none.code).toBe(1);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const month = station(['export', 'monthly', '--month', '2026-2', '--out', join(tempDir(), 'm.xlsx'), '--data', data]);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain('--month YYYY-MM');
    expect(station(['export', 'monthly', '--month', '2026-02', '--out', join(tempDir(), 'm.csv'), '--data', data]).code).toBe(2);
  });
});
