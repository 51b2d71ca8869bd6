import type { TFunction } from 'i18next';
import type { WorkerRecord } from '../../../../shared/contract/report-types';
import { SKILL_LEVELS, type SkillLevel } from '../../../../shared/domain/vocab';
import { num, statusText, wallTime } from './format';

const isLevel = (v: string | null): v is SkillLevel => v !== null && (SKILL_LEVELS as readonly string[]).includes(v);

/** One worker's training record: who, every session, hours by year and category, certificates, subsidies. */
export function WorkerRecordPaper({ record, t }: { record: WorkerRecord; t: TFunction }) {
  const none = (cols: number) => (
    <tr>
      <td colSpan={cols} className="center muted">
        {t('print.none')}
      </td>
    </tr>
  );
  return (
    <article className="paper-doc worker-record" data-testid="worker-record-paper">
      <h1 className="paper-title">{t('print.record.title')}</h1>
      <dl className="paper-facts">
        <div>
          <dt>{t('print.record.name')}</dt>
          <dd dir="auto" data-testid="record-name">{record.name}</dd>
        </div>
        <div>
          <dt>{t('print.record.id')}</dt>
          <dd className="nums">{record.idMasked}</dd>
        </div>
        <div>
          <dt>{t('print.record.trade')}</dt>
          <dd>{record.tradeName ?? ''}</dd>
        </div>
        <div>
          <dt>{t('print.record.team')}</dt>
          <dd dir="auto">{record.team}</dd>
        </div>
        <div className="span2">
          <dt>{t('print.record.employer')}</dt>
          <dd dir="auto">{record.employer}</dd>
        </div>
      </dl>
      {record.mergedFrom.length ? <p className="muted">{t('print.record.merged', { n: record.mergedFrom.length })}</p> : null}

      <h2 className="paper-h2">{t('print.record.sessions')}</h2>
      <table className="paper-table">
        <thead>
          <tr>
            <th style={{ width: '6%' }}>{t('print.sheet.col.serial')}</th>
            <th style={{ width: '18%' }}>{t('print.record.col.date')}</th>
            <th>{t('print.record.col.title')}</th>
            <th style={{ width: '14%' }}>{t('print.record.col.category')}</th>
            <th style={{ width: '10%' }}>{t('print.record.col.status')}</th>
            <th style={{ width: '9%' }}>{t('print.record.col.signedIn')}</th>
            <th style={{ width: '10%' }}>{t('print.record.col.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {record.sessions.length === 0
            ? none(7)
            : record.sessions.map((s, i) => (
                <tr key={s.sessionId} data-testid="record-session">
                  <td className="center nums">{i + 1}</td>
                  <td className="nums">{wallTime(s.startsAt)}</td>
                  <td dir="auto">{s.title}</td>
                  <td>{s.categoryLabel}</td>
                  <td className="center">{statusText(t, s.status, s.late)}</td>
                  <td className="center nums">{s.signedIn}</td>
                  <td className="center nums">{num(s.creditedHours)}</td>
                </tr>
              ))}
        </tbody>
      </table>

      <h2 className="paper-h2">{t('print.record.hours')}</h2>
      <table className="paper-table narrow">
        <thead>
          <tr>
            <th>{t('print.record.col.year')}</th>
            <th>{t('print.record.col.category')}</th>
            <th>{t('print.record.col.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {record.hoursByYear.length === 0
            ? none(3)
            : record.hoursByYear.map((h) => (
                <tr key={`${h.year}-${h.category}`}>
                  <td className="center nums">{h.year}</td>
                  <td>{h.categoryLabel}</td>
                  <td className="center nums">{num(h.hours)}</td>
                </tr>
              ))}
        </tbody>
      </table>
      <p className="paper-total" data-testid="record-total">
        {t('print.record.totalHours', { hours: num(record.totalHours) })}
      </p>

      <h2 className="paper-h2">{t('print.record.certificates')}</h2>
      <table className="paper-table">
        <thead>
          <tr>
            <th style={{ width: '21%' }}>{t('print.record.col.kind')}</th>
            <th style={{ width: '13%' }}>{t('print.record.trade')}</th>
            <th style={{ width: '14%' }}>{t('print.record.col.level')}</th>
            <th style={{ width: '19%' }}>{t('print.record.col.number')}</th>
            <th style={{ width: '13%' }}>{t('print.record.col.issuedOn')}</th>
            <th>{t('print.record.col.issuer')}</th>
          </tr>
        </thead>
        <tbody>
          {record.certificates.length === 0
            ? none(6)
            : record.certificates.map((c) => (
                <tr key={c.id} data-testid="record-certificate">
                  <td>{t(`print.record.certKind.${c.kind}`)}</td>
                  <td>{c.tradeName ?? ''}</td>
                  <td>{c.level ? t(`level.${c.level}`) : ''}</td>
                  <td className="nums">{c.number}</td>
                  <td className="center nums">{c.issuedOn}</td>
                  <td dir="auto">{c.issuer}</td>
                </tr>
              ))}
        </tbody>
      </table>

      <h2 className="paper-h2">{t('print.record.payments')}</h2>
      <table className="paper-table">
        <thead>
          <tr>
            <th>{t('print.record.col.year')}</th>
            <th>{t('print.record.col.subsidyKind')}</th>
            <th>{t('print.record.col.level')}</th>
            <th>{t('print.record.col.amount')}</th>
            <th>{t('print.record.col.paidOn')}</th>
          </tr>
        </thead>
        <tbody>
          {record.payments.length === 0
            ? none(5)
            : record.payments.map((p) => (
                <tr key={p.id} data-testid="record-payment">
                  <td className="center nums">{p.year}</td>
                  <td>{p.kind === 'certificate' ? t('print.record.certKind.skill_level') : p.kind}</td>
                  <td>{isLevel(p.level) ? t(`level.${p.level}`) : (p.level ?? '')}</td>
                  <td className="center nums">{num(p.amountYuan)}</td>
                  <td className="center nums">{p.paidOn ?? ''}</td>
                </tr>
              ))}
        </tbody>
      </table>
    </article>
  );
}
