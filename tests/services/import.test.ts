import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/contract/records';
import { parseCsv, decodeText, matchHeader } from '../../main/services/imports';
import { readXlsxWithPython } from '../support/xlsx-read';
import { audit, idFor, makeId, roster } from './roster-fixtures';

const HEAD = ['序号', '姓名', '身份证号码', '联系电话', '工种', '班组', '劳务公司', '籍贯', '进场日期'];
const csvOf = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';
const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');
const BOM = '\uFEFF';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type R = Awaited<ReturnType<typeof roster>>;
async function preview(r: R, fileName: string, data: string | Buffer, extra: object = {}) {
  return r.call<ImportPreview>(r.trainer, 'imports.workersPreview', { stationId: r.stationId, fileName, base64: b64(data), ...extra });
}
async function previewOk(r: R, fileName: string, data: string | Buffer, extra: object = {}) {
  const p = await preview(r, fileName, data, extra);
  if (!p.ok) throw new Error(JSON.stringify(p.error));
  return p.value;
}
const count = (r: R) => (r.core.db.prepare('SELECT count(*) AS n FROM workers').get() as { n: number }).n;
const reasonsOf = (p: ImportPreview, row: number) => p.refused.filter((i) => i.row === row).map((i) => i.reason);

describe('parsing pieces', () => {
  it('parses RFC 4180 CSV: quotes, doubled quotes, line breaks inside quotes, CRLF', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"x\ny",2,\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['x\ny', '2', ''],
    ]);
    expect(parseCsv('a\tb\r\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('decodes UTF-8 with or without BOM, and GB18030 otherwise', () => {
    expect(decodeText(Buffer.from(BOM + '姓名', 'utf8'))).toEqual({ text: '姓名', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('姓名', 'utf8')).encoding).toBe('utf-8');
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: '姓名,身份证号' });
    expect(decodeText(gbk)).toEqual({ text: '姓名,身份证号', encoding: 'gb18030' });
  });

  it('maps the header names sites use', () => {
    expect(matchHeader('身份证号码')).toBe('idNumber');
    expect(matchHeader('公民身份号码')).toBe('idNumber');
    expect(matchHeader('* 姓名')).toBe('name');
    expect(matchHeader('手机号码（必填）')).toBe('mobile');
    expect(matchHeader('用工单位')).toBe('employer');
    expect(matchHeader('普通话水平')).toBe('mandarinLevel');
    expect(matchHeader('性别')).toBe('ignore');
    expect(matchHeader('出生日期')).toBe('ignore');
    expect(matchHeader('随便什么')).toBeNull();
  });
});

describe('roster import from CSV', () => {
  it('previews add / refused with row numbers and columns, then commits the valid rows', async () => {
    const r = await roster();
    const file = csvOf([
      ['XX项目工人花名册'],
      ['填报日期：2026-03-01'],
      HEAD,
      [1, '张建国', idFor(1), '138 0013 8000', '钢筋工', '钢筋一班', '江门建工劳务', '四川', '2026-02-01'],
      [2, '  李四  ', idFor(2), '+86 13900139000', '电工', '电工班', '江门建工劳务', '广西', '2026/2/3'],
      [3, '王五', '110105194912310021', '13800138001', '电工', '电工班', '', '', ''],
      [4, '赵六', makeId('110105', '19900230', '123'), '', '', '', '', '', ''],
      [5, '钱七', makeId('110105', '20300101', '123'), '', '', '', '', '', ''],
      [6, '孙八', '11010519491231', '', '', '', '', '', ''],
      [7, '周九', '1101051949A231002X', '', '', '', '', '', ''],
      [8, '', idFor(8), '', '', '', '', '', ''],
      [9, '吴'.repeat(51), idFor(9), '', '', '', '', '', ''],
      [10, '郑十😀', idFor(10), '', '', '', '', '', ''],
      [11, '   ', idFor(11), '', '', '', '', '', ''],
      [12, '冯十一', idFor(12), '138001380001', '', '', '', '', ''],
      [13, '陈十二', idFor(13), '', '挖掘机司机', '', '', '', ''],
      [14, '褚十三', idFor(14), '', '', '', '', '', '2026年13月1日'],
      [15, '卫十四', '', '', '', '', '', '', ''],
      [16, '蒋十五', idFor(1), '', '', '', '', '', ''],
      [17, '沈十六', '110105491231002', '', '', '', '', '', ''],
    ]);
    const p = await previewOk(r, '花名册.csv', BOM + file);
    expect(p.headerRow).toBe(3);
    expect(p.columns.find((c) => c.header === '身份证号码')?.field).toBe('idNumber');
    expect(p.columns.find((c) => c.header === '序号')?.field).toBe('ignore');
    // Rows are numbered as in the spreadsheet: data starts on row 4.
    expect(reasonsOf(p, 6)).toEqual(['import.bad_id_number.bad_check_digit']);
    expect(reasonsOf(p, 7)).toEqual(['import.bad_id_number.bad_date']);
    expect(reasonsOf(p, 8)).toEqual(['import.bad_id_number.future_date']);
    expect(reasonsOf(p, 9)).toEqual(['import.bad_id_number.wrong_length']);
    expect(reasonsOf(p, 10)).toEqual(['import.bad_id_number.bad_characters']);
    expect(reasonsOf(p, 11)).toEqual(['import.required']);
    expect(reasonsOf(p, 12)).toEqual(['import.too_long']);
    expect(reasonsOf(p, 13)).toEqual(['import.name_emoji']);
    expect(reasonsOf(p, 14)).toEqual(['import.required']);
    expect(reasonsOf(p, 15)).toEqual(['import.bad_mobile']);
    expect(p.refused.find((i) => i.row === 16)).toMatchObject({ column: '工种', reason: 'import.unknown_trade', params: { trade: '挖掘机司机' } });
    expect(reasonsOf(p, 17)).toEqual(['import.bad_date']);
    expect(p.refused.find((i) => i.row === 18)).toMatchObject({ column: '身份证号码', reason: 'import.required' });
    // A duplicate inside the file: the first row is imported, the second refused, naming the first.
    expect(p.refused.filter((i) => i.reason === 'import.duplicate_in_file').map((i) => [i.row, i.params?.other])).toEqual([[19, 4]]);
    expect(p.notes.some((n) => n.reason === 'import.id_converted' && n.row === 20)).toBe(true);
    expect(p.counts).toEqual({ rows: 17, add: 3, update: 0, unchanged: 0, refused: 14 });
    expect(p.changes.map((c) => [c.row, c.kind])).toEqual([[4, 'add'], [5, 'add'], [20, 'add']]);
    expect(count(r)).toBe(0);

    const res = await r.must(r.trainer, 'imports.workersCommit', { previewId: p.previewId });
    expect(res).toEqual({ added: 3, updated: 0, unchanged: 0, refused: 14 });
    const li = (await r.must(r.trainer, 'workers.search', { stationId: r.stationId, q: '李四' })).rows[0];
    expect(li).toMatchObject({ name: '李四', mobile: '139****9000', tradeName: '电工', team: '电工班' });
    const legacy = (await r.must(r.trainer, 'workers.search', { stationId: r.stationId, q: '沈十六' })).rows[0];
    expect(legacy.idMasked).toBe('110105********002X');
    expect(audit(r.core, 'import')).toHaveLength(1);
    // A preview is committed once.
    expect(await r.call(r.trainer, 'imports.workersCommit', { previewId: p.previewId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists each update field by field (old → new, numbers masked), and keeps the refused rows as an .xlsx after the commit', async () => {
    const r = await roster();
    await previewOk(r, 'first.csv', csvOf([HEAD, [1, '张建国', idFor(41), '13800138000', '钢筋工', '钢筋一班', '江门建工劳务', '四川', '2026-02-01']]))
      .then((p) => r.must(r.trainer, 'imports.workersCommit', { previewId: p.previewId }));
    const next = csvOf([
      HEAD,
      [1, '张建国', idFor(41), '13900139000', '电工', '电工班', '江门建工劳务', '四川', '2026-02-01'],
      [2, '李明', idFor(42), '', '钢筋工', '钢筋一班', '', '', ''],
      [3, '李明明', idFor(42), '', '钢筋工', '钢筋一班', '', '', ''],
      [4, '王五', '123', '', '', '', '', '', ''],
    ]);
    const p = await previewOk(r, '第二批.csv', next);
    expect(p.counts).toMatchObject({ add: 1, update: 1, refused: 2 });
    const update = p.changes.find((c) => c.kind === 'update')!;
    expect(update).toMatchObject({ row: 2, name: '张建国' });
    expect(update.idMasked).toMatch(/\*{8}/);
    expect(update.fields).toEqual(
      expect.arrayContaining([
        { field: 'mobile', before: '138****8000', after: '139****9000' },
        { field: 'tradeId', before: '钢筋工', after: '电工' },
        { field: 'team', before: '钢筋一班', after: '电工班' },
      ]),
    );
    expect(JSON.stringify(p.changes)).not.toContain('13900139000');
    // The duplicate refuses the later row only, naming the first.
    expect(p.refused.filter((i) => i.reason === 'import.duplicate_in_file')).toEqual([expect.objectContaining({ row: 4, params: { other: 3 } })]);

    await r.must(r.trainer, 'imports.workersCommit', { previewId: p.previewId });
    const file = await r.must(r.trainer, 'imports.refusedRows', { previewId: p.previewId, language: 'en' });
    expect(file.fileName).toMatch(/^第二批-refused rows\.xlsx$/);
    // Read back by openpyxl, a reader independent of the exceljs that wrote it.
    const rows = readXlsxWithPython(Buffer.from(file.base64, 'base64'))[0]!.rows.map((row) => row.map((c) => (c === null ? '' : String(c))));
    expect(rows[0]).toEqual([...HEAD, 'Reason']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['李明明', '王五']);
    // The ID number comes back whole, as text, to be fixed and imported again.
    expect(rows[1]![2]).toBe(idFor(42));
    expect(rows[1]![HEAD.length]).toMatch(/row 3/);
    expect(audit(r.core, 'export_personal_data').some((a) => a.entity === 'import_refused_rows')).toBe(true);
  });

  it('reads a GB18030 CSV saved by Excel on Chinese Windows', async () => {
    const r = await roster();
    const text = csvOf([HEAD, [1, '张建国', idFor(30), '13800138000', '钢筋工', '钢筋一班', '江门建工劳务', '四川', '2026-02-01']]);
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
    const p = await previewOk(r, 'roster.csv', gbk);
    expect(p.counts).toMatchObject({ add: 1, refused: 0 });
    await r.must(r.trainer, 'imports.workersCommit', { previewId: p.previewId });
    expect((await r.must(r.trainer, 'workers.search', { stationId: r.stationId, q: '张建国' })).rows[0].team).toBe('钢筋一班');
  });

  it('re-importing the same file changes nothing; an updated file updates people by ID number', async () => {
    const r = await roster();
    const v1 = csvOf([HEAD, [1, '张建国', idFor(40), '13800138000', '钢筋工', '钢筋一班', '甲劳务', '', ''], [2, '李四', idFor(41), '', '', '', '', '', '']]);
    await r.must(r.trainer, 'imports.workersCommit', { previewId: (await previewOk(r, 'a.csv', v1)).previewId });
    const before = r.core.db.prepare('SELECT * FROM workers ORDER BY id').all();
    const again = await previewOk(r, 'a.csv', v1);
    expect(again.counts).toMatchObject({ add: 0, update: 0, unchanged: 2 });
    expect(await r.must(r.trainer, 'imports.workersCommit', { previewId: again.previewId })).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(r.core.db.prepare('SELECT * FROM workers ORDER BY id').all()).toEqual(before);

    // Against the database: the same ID number is an update, not a second person.
    const v2 = csvOf([HEAD, [1, '张建国', idFor(40).toLowerCase(), '13800138000', '电工', '电工班', '甲劳务', '', '']]);
    const p2 = await previewOk(r, 'b.csv', v2);
    expect(p2.counts).toMatchObject({ add: 0, update: 1, unchanged: 0 });
    await r.must(r.trainer, 'imports.workersCommit', { previewId: p2.previewId });
    const rows = (await r.must(r.trainer, 'workers.search', { stationId: r.stationId, q: '张建国' })).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ team: '电工班', tradeName: '电工' });
    expect(count(r)).toBe(2);
  });

  it('leaves fields the file has no column for untouched on update', async () => {
    const r = await roster();
    await r.must(r.trainer, 'workers.create', { stationId: r.stationId, fields: { name: '张建国', idNumber: idFor(50), team: '钢筋一班', mobile: '13800138000' } });
    const p = await previewOk(r, 'c.csv', csvOf([['姓名', '身份证号'], ['张建国', idFor(50)]]));
    expect(p.counts).toMatchObject({ unchanged: 1 });
  });

  it('commits in one transaction: a failure midway writes nothing', async () => {
    const r = await roster();
    const p = await previewOk(r, 'd.csv', csvOf([HEAD, [1, '张三', idFor(60)], [2, '李四', idFor(61)], [3, '王五', idFor(62)]]));
    r.core.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON workers WHEN NEW.name = '王五' BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const res = await r.call(r.trainer, 'imports.workersCommit', { previewId: p.previewId });
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(count(r)).toBe(0);
    expect(r.core.db.prepare('SELECT count(*) AS n FROM badges').get()).toEqual({ n: 0 });
  });

  it('refuses a file that is not what its extension says, an empty file, and unknown types', async () => {
    const r = await roster();
    const book = await xlsx((wb) => wb.addWorksheet('s').addRow(['姓名', '身份证号']));
    const cases: [string, string | Buffer, string][] = [
      ['roster.xlsx', csvOf([HEAD]), 'import.not_xlsx'],
      ['roster.csv', book, 'import.not_csv'],
      ['roster.csv', '', 'import.empty_file'],
      ['roster.xlsx', Buffer.alloc(0), 'import.empty_file'],
      ['roster.csv', '\r\n , ,\r\n', 'import.empty_file'],
      ['roster.xls', Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'import.old_xls'],
      ['roster.pdf', '%PDF-1.4', 'import.unsupported_type'],
      ['roster.csv', csvOf([['a', 'b'], ['1', '2']]), 'import.no_header_row'],
      ['roster.csv', csvOf([['姓名', '手机号'], ['张三', '13800138000']]), 'import.missing_column'],
      ['roster.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), 'import.not_xlsx'],
    ];
    for (const [name, data, reason] of cases) {
      const res = await preview(r, name, data);
      expect(res, `${name} → ${reason}`).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { reason } } });
    }
    expect(count(r)).toBe(0);
  });

  it('refuses a very large file cleanly, writing nothing', async () => {
    const r = await roster();
    const big = 'A'.repeat(41 * 1024 * 1024);
    const res = await r.call(r.trainer, 'imports.workersPreview', { stationId: r.stationId, fileName: 'big.csv', base64: big });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { fields: [{ path: 'base64' }] } } });
    // Just under the transport limit but over the file limit once decoded: the service refuses it too.
    await expect(r.core.imports.preview({ stationId: r.stationId, fileName: 'big.csv', base64: Buffer.alloc(31 * 1024 * 1024, 0x41).toString('base64') })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { reason: 'import.too_large' },
    });
    expect(count(r)).toBe(0);
  });

  it('lets the user adjust the column mapping', async () => {
    const r = await roster();
    const file = csvOf([['名字', '证件', '电话'], ['张三', idFor(70), '13800138000']]);
    expect(await preview(r, 'e.csv', file)).toMatchObject({ ok: false, error: { details: { reason: 'import.missing_column' } } });
    const p = await previewOk(r, 'e.csv', file, { mapping: { '1': 'idNumber' } });
    expect(p.counts).toMatchObject({ add: 1, refused: 0 });
    expect(await preview(r, 'e.csv', file, { mapping: { '1': 'nonsense' } })).toMatchObject({ ok: false, error: { details: { reason: 'import.bad_mapping' } } });
  });
});

describe('roster import from .xlsx', () => {
  it('handles title rows, merged cells, hidden sheets, formulas, rich text, and dates as text and serial numbers', async () => {
    const r = await roster();
    const data = await xlsx((wb) => {
      const hidden = wb.addWorksheet('旧名单', { state: 'hidden' });
      hidden.addRow(['姓名', '身份证号码']);
      hidden.addRow(['隐藏人', idFor(99)]);
      const ws = wb.addWorksheet('花名册');
      ws.addRow(['滨江新城项目工人花名册']);
      ws.mergeCells('A1:H1');
      ws.addRow(['姓名', '身份证号码', '手机号', '工种', '班组', '所属单位', '进场日期', '退场日期']);
      ws.addRow(['张建国', idFor(80), '13800138000', '钢筋工', '钢筋一班', '江门建工劳务', new Date(Date.UTC(2026, 1, 1)), null]);
      ws.addRow(['李四', idFor(81), { formula: '"139"&"00139000"', result: '13900139000' }, '钢筋工', null, '江门建工劳务', 46054, '2026-02-20']);
      ws.addRow([{ richText: [{ text: '王' }, { text: '五', font: { bold: true } }] }, idFor(82), 13700137000, '电工', null, '江门建工劳务', '2026年2月3日', null]);
      ws.addRow(['赵六', 110105194912310020, '', '电工', '电工班', '', '', '']);
      // 班组 merged down rows 3 to 5: each of those workers is in 钢筋一班.
      ws.mergeCells('E3:E5');
      ws.getCell('B3').numFmt = '@';
    });
    const p = await previewOk(r, '花名册.xlsx', data);
    expect(p.sheet).toBe('花名册');
    expect(p.headerRow).toBe(2);
    expect(p.notes.map((n) => n.reason)).toEqual(
      expect.arrayContaining(['import.hidden_sheet_skipped', 'import.formulas_read_as_values', 'import.merged_cells_filled']),
    );
    expect(p.refused).toEqual([expect.objectContaining({ row: 6, reason: 'import.id_number_as_number' })]);
    expect(p.counts).toMatchObject({ rows: 4, add: 3, refused: 1 });
    await r.must(r.trainer, 'imports.workersCommit', { previewId: p.previewId });
    const get = async (name: string) => (await r.must(r.trainer, 'workers.search', { stationId: r.stationId, q: name })).rows[0];
    const zhang = await r.must(r.trainer, 'workers.get', { workerId: (await get('张建国')).id });
    expect(zhang).toMatchObject({ team: '钢筋一班', entryDate: '2026-02-01', status: 'on_site' });
    const li = await r.must(r.trainer, 'workers.get', { workerId: (await get('李四')).id });
    expect(li).toMatchObject({ mobile: '139****9000', team: '钢筋一班', entryDate: '2026-02-01', exitDate: '2026-02-20', status: 'left' });
    const wang = await r.must(r.trainer, 'workers.get', { workerId: (await get('王五')).id });
    expect(wang).toMatchObject({ name: '王五', mobile: '137****7000', team: '钢筋一班', entryDate: '2026-02-03' });
    expect((await r.must(r.trainer, 'workers.search', { stationId: r.stationId, q: '隐藏人' })).total).toBe(0);
  });

  it('reads a named sheet on request, hidden or not', async () => {
    const r = await roster();
    const data = await xlsx((wb) => {
      wb.addWorksheet('说明').addRow(['本表说明']);
      const ws = wb.addWorksheet('名单');
      ws.addRow(['姓名', '身份证号']);
      ws.addRow(['张三', idFor(90)]);
    });
    expect(await preview(r, 'f.xlsx', data)).toMatchObject({ ok: false, error: { details: { reason: 'import.no_header_row' } } });
    expect((await previewOk(r, 'f.xlsx', data, { sheet: '名单' })).counts).toMatchObject({ add: 1 });
    expect(await preview(r, 'f.xlsx', data, { sheet: '没有' })).toMatchObject({ ok: false, error: { details: { reason: 'import.sheet_not_found' } } });
  });
});
