import type { ImportIssue } from '../../../shared/contract/records';

/** A cell as read: spreadsheets give numbers, dates and booleans; CSV gives text. */
export type Cell = string | number | boolean | Date | null;

export interface TableRow {
  /** 1-based, as the spreadsheet or a text editor numbers it. */
  row: number;
  cells: Cell[];
}

export interface Table {
  sheet: string | null;
  rows: TableRow[];
  notes: ImportIssue[];
}

/** A whole-file problem (not xlsx, empty, too large ...), carried as an i18n key under `import.`. */
export class ImportFileError extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
    this.name = 'ImportFileError';
  }
}

export function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}
