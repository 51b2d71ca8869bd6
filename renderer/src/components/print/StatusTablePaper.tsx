import type { TFunction } from 'i18next';
import type { StatusTable } from '../../../../shared/contract/report-types';
import { FillInLine } from './FillInLine';

const HEADERS = ['serial', 'enterprise', 'address', 'contactName', 'unitTitle', 'mobile', 'state'] as const;

/**
 * Seed 004's 提升站建设初步情况表 as printed: title, reporting unit, the seven columns with one row per
 * station, the filler's lines and the two notes. Empty fields stay as visible blanks to fill by hand.
 */
export function StatusTablePaper({ table, t }: { table: StatusTable; t: TFunction }) {
  return (
    <article className="paper-doc status-table" data-testid="status-table-paper">
      <div className="paper-attachment">{t('print.status.attachment')}</div>
      <h1 className="paper-title">{table.title}</h1>
      <p className="paper-line">
        {t('print.status.reportingUnit')}
        <span className="fill-in wide">{table.reportingUnit}</span>
      </p>
      <table className="paper-table status-grid">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '15%' }} />
          <col style={{ width: '12%' }} />
          <col style={{ width: '9%' }} />
        </colgroup>
        <thead>
          <tr>
            {HEADERS.map((h) => (
              <th key={h}>{t(`print.status.headers.${h}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.stationId} data-testid="status-row">
              <td className="center">{r.serial}</td>
              <td>{r.enterprise}</td>
              <td>{r.address}</td>
              <td className="center">{r.contactName}</td>
              <td>{r.contactUnitTitle}</td>
              <td className="center nums">{r.contactMobile}</td>
              <td className="center">{r.stateZh}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <FillInLine
        fields={[
          { label: t('print.status.filler'), value: table.filler.name },
          { label: t('print.status.fixedPhone'), value: table.filler.fixedPhone, numeric: true },
          { label: t('print.status.mobile'), value: table.filler.mobile, numeric: true },
        ]}
      />
      <div className="paper-notes">
        {table.notes.map((n) => (
          <p key={n} className={n.startsWith('2') ? 'note-cont' : undefined}>
            {n}
          </p>
        ))}
      </div>
    </article>
  );
}
