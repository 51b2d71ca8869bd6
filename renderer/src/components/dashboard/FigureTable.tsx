import type { ReactNode } from 'react';

export interface Column<R> {
  key: string;
  title: string;
  /** Numbers line up at the end of the cell, whichever way the page reads. */
  numeric?: boolean;
  value(row: R): ReactNode;
}

interface Props<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey(row: R): string;
  /** A last row of totals, keyed by column; columns left out stay blank. */
  totals?: { label: string; values: Record<string, ReactNode> };
  testId?: string;
}

/**
 * The same figures as a chart, as a real table: a caption, column headers a screen reader announces
 * with each cell, and the first column as the row's header.
 */
export function FigureTable<R>({ caption, columns, rows, rowKey, totals, testId }: Props<R>) {
  return (
    <div className="figure-table-wrap">
      <table className="figure-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row" dir="auto">
                    {c.value(r)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} data-col={c.key}>
                    {c.value(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {totals ? (
          <tfoot>
            <tr>
              <th scope="row">{totals.label}</th>
              {columns.slice(1).map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined} data-col={c.key}>
                  {totals.values[c.key] ?? ''}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
