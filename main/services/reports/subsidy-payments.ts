import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { PaymentImportResult, ReportImportIssue, SubsidyPayment } from '../../../shared/contract/report-types';
import type { SubsidyRules } from '../../../shared/contract/subsidy-rules';
import { AppError } from '../../../shared/contract/result';
import { normalizeIdNumber } from '../../../shared/domain/id-number';
import { newId } from '../../lib/ids';
import { readTable, ImportFileError, isBlank, type Cell, cellDate, cellText, skillLevelOf } from '../imports';
import { CERTIFICATE_RULE } from './subsidies';

interface Row {
  id: string;
  worker_id: string;
  year: number;
  kind: string;
  trade_id: string | null;
  level: string | null;
  amount_yuan: number;
  paid_on: string | null;
  imported_at: string;
}

export function paymentsOf(db: Database, workerId: string): SubsidyPayment[] {
  const rows = db.prepare('SELECT * FROM subsidy_payments WHERE worker_id = ? ORDER BY year, paid_on, id').all(workerId) as Row[];
  return rows.map((r) => ({ id: r.id, workerId: r.worker_id, year: r.year, kind: r.kind, tradeId: r.trade_id, level: r.level, amountYuan: r.amount_yuan, paidOn: r.paid_on, importedAt: r.imported_at }));
}

/** The bureau's columns, by the names such replies use. */
const COLUMNS = {
  idNumber: ['身份证号', '身份证号码', '证件号码', '公民身份号码'],
  name: ['姓名'],
  kind: ['补贴项目', '补贴类型', '补贴类别', '项目'],
  trade: ['职业（工种）', '职业', '工种'],
  level: ['等级', '技能等级'],
  amount: ['发放金额（元）', '发放金额', '补贴金额（元）', '补贴金额', '金额（元）', '金额'],
  paidOn: ['发放日期', '发放时间', '到账日期'],
} as const;
type Column = keyof typeof COLUMNS;

/** One line of the reply, checked before it is stored. */
const paymentLine = z.object({
  idNumber: z.string().min(1, { message: 'missing_id_number' }),
  amount: z.number({ message: 'bad_amount' }).min(0, { message: 'bad_amount' }).max(1_000_000, { message: 'bad_amount' }),
  paidOn: z.string().nullable(),
});

const norm = (c: Cell) => cellText(c).replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/**
 * Loads the HR bureau's reply (who was paid what): workers matched by ID number, the subsidy kind
 * matched to the station's rules by name (anything else kept as the bureau wrote it).
 */
export async function importPayments(
  db: Database,
  input: { stationId: string; year: number; fileName: string; base64: string; dryRun: boolean },
  rules: SubsidyRules,
  now: Date,
): Promise<PaymentImportResult> {
  let table;
  try {
    table = await readTable(input.fileName, Buffer.from(input.base64, 'base64'));
  } catch (err) {
    if (err instanceof ImportFileError) throw new AppError('invalid_input', 'The reply file cannot be read', { reason: err.reason, params: err.params });
    throw err;
  }
  const headAt = table.rows.findIndex((r) => {
    const names = r.cells.map(norm);
    return COLUMNS.idNumber.some((h) => names.includes(h)) && COLUMNS.amount.some((h) => names.includes(h));
  });
  if (headAt < 0) throw new AppError('invalid_input', 'No ID number and amount columns in the reply', { reason: 'reports.import.no_payment_header' });
  const names = table.rows[headAt]!.cells.map(norm);
  const col = {} as Record<Column, number>;
  for (const [key, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) col[key] = names.findIndex((n) => aliases.includes(n));
  const cell = (cells: Cell[], k: Column): Cell => (col[k] >= 0 ? (cells[col[k]] ?? null) : null);

  const findWorker = db.prepare('SELECT id FROM workers WHERE station_id = ? AND upper(id_number) = ?').pluck();
  const tradeByName = db.prepare('SELECT id FROM trades WHERE station_id = ? AND name = ?').pluck();
  const ruleByName = new Map(rules.rules.map((r) => [r.nameZh, r.code]));
  const issues: ReportImportIssue[] = [];
  const lines: { workerId: string; kind: string; tradeId: string | null; level: string | null; amount: number; paidOn: string | null }[] = [];
  for (const r of table.rows.slice(headAt + 1)) {
    const amountCell = cell(r.cells, 'amount');
    const paidOnCell = cellDate(cell(r.cells, 'paidOn'));
    const parsed = paymentLine.safeParse({
      idNumber: normalizeIdNumber(cellText(cell(r.cells, 'idNumber'))),
      amount: typeof amountCell === 'number' ? amountCell : isBlank(amountCell) ? NaN : Number(cellText(amountCell).replace(/[,元]/g, '')),
      paidOn: paidOnCell === 'bad' ? null : paidOnCell,
    });
    if (!parsed.success) {
      issues.push({ row: r.row, column: null, reason: `reports.import.${parsed.error.issues[0]?.message ?? 'bad_row'}` });
      continue;
    }
    const workerId = findWorker.get(input.stationId, parsed.data.idNumber) as string | undefined;
    if (!workerId) {
      issues.push({ row: r.row, column: '身份证号', reason: 'reports.import.unknown_worker' });
      continue;
    }
    const kindText = cellText(cell(r.cells, 'kind')).trim();
    const level = skillLevelOf(cellText(cell(r.cells, 'level')));
    const tradeName = cellText(cell(r.cells, 'trade')).trim();
    const tradeId = tradeName ? ((tradeByName.get(input.stationId, tradeName) as string | undefined) ?? null) : null;
    const isCertificate = /证书|等级/.test(kindText) || (level !== null && level !== 'bad');
    lines.push({
      workerId,
      kind: isCertificate ? CERTIFICATE_RULE : (ruleByName.get(kindText) ?? (kindText || 'other')),
      tradeId,
      level: isCertificate && level !== 'bad' ? level : null,
      amount: parsed.data.amount,
      paidOn: parsed.data.paidOn,
    });
  }
  if (!input.dryRun) {
    const ins = db.prepare(
      `INSERT INTO subsidy_payments (id, station_id, worker_id, year, kind, trade_id, level, amount_yuan, paid_on, imported_at, source_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const iso = now.toISOString();
    db.transaction(() => {
      for (const l of lines) ins.run(newId(now.getTime()), input.stationId, l.workerId, input.year, l.kind, l.tradeId, l.level, l.amount, l.paidOn, iso, input.fileName);
    })();
  }
  return { dryRun: input.dryRun, imported: lines.length, issues };
}
