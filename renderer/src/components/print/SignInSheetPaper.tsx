import type { TFunction } from 'i18next';
import type { SignInSheet } from '../../../../shared/contract/report-types';
import { num, span, statusText } from './format';
import { FillInLine } from './FillInLine';

const COLUMNS = ['serial', 'name', 'id', 'team', 'trade', 'in', 'out', 'status', 'hours', 'signature'] as const;
const WIDTHS = ['5.5%', '12%', '18.5%', '11%', '8%', '6.5%', '6.5%', '9.5%', '8%', '14.5%'];

/** The title keeps its own words together (培训签到表), so a long station name never leaves "到表" alone on a line. */
function SheetTitle({ t, station }: { t: TFunction; station: string }) {
  const mark = '\u0000';
  const [before = '', after = ''] = t('print.sheet.title', { station: mark }).split(mark);
  return (
    <h1 className="paper-title" data-testid="sheet-title">
      {before ? <span className="keep-together">{before}</span> : null}
      <span dir="auto">{station}</span>
      {after ? <span className="keep-together">{after}</span> : null}
    </h1>
  );
}

/**
 * The paper sign-in sheet an inspector asks for: the session, every attendee with times and a
 * signature box, blank lines for people added by hand, and the attendance fingerprint, which ties
 * this paper to the hash-chained records in the database.
 */
export function SignInSheetPaper({ sheet, t }: { sheet: SignInSheet; t: TFunction }) {
  const count = (s: 'present' | 'excused' | 'voided') => sheet.rows.filter((r) => r.status === s).length;
  const blanks = Array.from({ length: sheet.blankRows }, (_, i) => sheet.rows.length + i + 1);
  return (
    <article className="paper-doc sign-in-sheet" data-testid="sign-in-sheet-paper">
      <SheetTitle t={t} station={sheet.stationName} />
      <dl className="paper-facts">
        <div className="span2">
          <dt>{t('print.sheet.topic')}</dt>
          <dd dir="auto">{sheet.title}</dd>
        </div>
        <div>
          <dt>{t('print.sheet.category')}</dt>
          <dd>{sheet.categoryLabel}</dd>
        </div>
        <div>
          <dt>{t('print.sheet.nationalType')}</dt>
          <dd>{sheet.nationalType ? t(`nationalType.${sheet.nationalType}`) : t('print.none')}</dd>
        </div>
        <div>
          <dt>{t('print.sheet.time')}</dt>
          <dd className="nums">{span(sheet.startsAt, sheet.endsAt)}</dd>
        </div>
        <div>
          <dt>{t('print.sheet.classHours')}</dt>
          <dd className="nums">{num(sheet.classHours)}</dd>
        </div>
        <div>
          <dt>{t('print.sheet.place')}</dt>
          <dd dir="auto">{sheet.location}</dd>
        </div>
        <div>
          <dt>{t('print.sheet.trainers')}</dt>
          <dd dir="auto">{sheet.trainerNames.join(t('print.listSep')) || t('print.none')}</dd>
        </div>
      </dl>
      <table className="paper-table sheet-grid">
        <colgroup>
          {WIDTHS.map((w, i) => (
            <col key={i} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c}>{t(`print.sheet.col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((r) => (
            <tr key={r.attendanceId} data-testid="sheet-row" className={r.status === 'voided' ? 'voided' : undefined}>
              <td className="center nums">{r.serial}</td>
              <td dir="auto">{r.name}</td>
              <td className="nums id">{r.idMasked}</td>
              <td dir="auto">{r.team}</td>
              <td>{r.tradeName ?? ''}</td>
              <td className="center nums">{r.signedIn}</td>
              <td className="center nums">{r.signedOut}</td>
              <td className="center status">{statusText(t, r.status, r.late)}</td>
              <td className="center nums">{num(r.creditedHours)}</td>
              <td />
            </tr>
          ))}
          {blanks.map((n) => (
            <tr key={`blank-${n}`} className="blank-row" data-testid="sheet-blank-row">
              <td className="center nums">{n}</td>
              {COLUMNS.slice(1).map((c) => (
                <td key={c} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="paper-footer">
        <p>{t('print.sheet.summary', { present: count('present'), excused: count('excused'), voided: count('voided') })}</p>
        <p className="fingerprint-line">
          <span>{t('print.sheet.fingerprint')} </span>
          {sheet.fingerprint ? (
            <code className="fingerprint" data-testid="sheet-fingerprint" dir="ltr">
              {sheet.fingerprint}
            </code>
          ) : (
            <span data-testid="sheet-fingerprint">{t('print.sheet.noFingerprint')}</span>
          )}
        </p>
        <FillInLine fields={[{ label: t('print.sheet.trainerSign') }, { label: t('print.sheet.date') }]} />
      </footer>
    </article>
  );
}
