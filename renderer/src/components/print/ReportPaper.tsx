import type { TFunction } from 'i18next';
import type { AnnualReport, FigureRow, PeriodReport, PlanProgressRow, TrainerOutput } from '../../../../shared/contract/report-types';
import { num, percent } from './format';
import { FillInLine } from './FillInLine';

const FIGURES = ['sessions', 'personTimes', 'distinctWorkers', 'classHours', 'creditedHours'] as const;
/** Lines left for the manager to write next year's targets by hand. */
const BLANK_PLAN_ROWS = 8;

function FigureTable({ rows, t, testId }: { rows: FigureRow[]; t: TFunction; testId: string }) {
  return (
    <table className="paper-table figures" data-testid={testId}>
      <thead>
        <tr>
          <th className="item" style={{ width: '30%' }}>
            {t('print.report.col.item')}
          </th>
          {FIGURES.map((f) => (
            <th key={f}>{t(`print.report.col.${f}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={FIGURES.length + 1} className="center muted">
              {t('print.report.noRows')}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key}>
              <td dir="auto">{r.label}</td>
              {FIGURES.map((f) => (
                <td key={f} className="center nums">
                  {num(r[f])}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function scopeLabel(r: { scopeKind: PlanProgressRow['scopeKind']; scope: string }, t: TFunction): string {
  return r.scopeKind === 'station' ? t('print.report.scope.station') : t(`print.report.scope.${r.scopeKind}`, { name: r.scope });
}

function PlanTable({ rows, t }: { rows: PlanProgressRow[]; t: TFunction }) {
  return (
    <table className="paper-table" data-testid="report-plan">
      <thead>
        <tr>
          <th>{t('print.report.col.scope')}</th>
          <th>{t('print.report.col.trade')}</th>
          <th>{t('print.report.col.target')}</th>
          <th>{t('print.report.col.donePeriod')}</th>
          <th>{t('print.report.col.doneYearToDate')}</th>
          <th>{t('print.report.col.percent')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={6} className="center muted">
              {t('print.report.noPlan')}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.planId}>
              <td dir="auto">{scopeLabel(r, t)}</td>
              <td>{r.tradeName || t('print.report.allTrades')}</td>
              <td className="center nums">{r.target}</td>
              <td className="center nums">{r.donePeriod}</td>
              <td className="center nums">{r.doneYearToDate}</td>
              <td className="center nums">{percent(r.percent)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function TrainerTable({ rows, t }: { rows: TrainerOutput[]; t: TFunction }) {
  return (
    <table className="paper-table" data-testid="report-outstanding">
      <thead>
        <tr>
          <th style={{ width: '8%' }}>{t('print.sheet.col.serial')}</th>
          <th>{t('print.sheet.col.name')}</th>
          <th>{t('print.report.col.sessions')}</th>
          <th>{t('print.report.col.hoursTaught')}</th>
          <th>{t('print.report.col.attendees')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="center muted">
              {t('print.report.noRows')}
            </td>
          </tr>
        ) : (
          rows.map((r, i) => (
            <tr key={r.trainerId}>
              <td className="center nums">{i + 1}</td>
              <td dir="auto">{r.name}</td>
              <td className="center nums">{r.sessions}</td>
              <td className="center nums">{num(r.hoursTaught)}</td>
              <td className="center nums">{r.attendees}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function AnnualSections({ report, t }: { report: AnnualReport; t: TFunction }) {
  const nextYear = Number(report.period) + 1;
  return (
    <>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.fiveHaves')}</h2>
        <p className="paper-line">
          {t('print.report.stationState')}: <strong>{t(`stationState.${report.stationState}`)}</strong>
        </p>
        <table className="paper-table" data-testid="report-five-haves">
          <thead>
            <tr>
              <th style={{ width: '22%' }}>{t('print.report.col.standard')}</th>
              <th style={{ width: '14%' }}>{t('print.report.col.status')}</th>
              <th>{t('print.report.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {report.fiveHaves.map((h) => (
              <tr key={h.key}>
                <td>{t(`fiveHaves.${h.key}`)}</td>
                <td className="center">{h.met ? t('print.report.met') : t('print.report.notMet')}</td>
                <td>{h.reasons.map((r) => t(r.key, r.params ?? {})).join(t('print.listSep'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.outstanding')}</h2>
        <TrainerTable rows={report.outstandingTrainers} t={t} />
      </section>
      <section className="paper-section next-year">
        <h2 className="paper-h2">{t('print.report.nextYear', { year: nextYear })}</h2>
        <table className="paper-table" data-testid="report-next-year">
          <thead>
            <tr>
              <th style={{ width: '22%' }}>{t('print.report.col.scope')}</th>
              <th style={{ width: '22%' }}>{t('print.report.col.trade')}</th>
              <th style={{ width: '18%' }}>{t('print.report.col.target')}</th>
              <th>{t('print.report.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {report.nextYearPlan.map((r) => (
              <tr key={r.planId}>
                <td dir="auto">{scopeLabel(r, t)}</td>
                <td>{r.tradeName || t('print.report.allTrades')}</td>
                <td className="center nums">{r.target}</td>
                <td />
              </tr>
            ))}
            {Array.from({ length: BLANK_PLAN_ROWS }, (_, i) => (
              <tr key={`blank-${i}`} className="blank-row">
                <td />
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        <FillInLine fields={[{ label: t('print.report.signature') }, { label: t('print.sheet.date') }]} />
      </section>
    </>
  );
}

export type ReportKind = 'month' | 'quarter' | 'year' | 'annual';

/** A period (or annual) report's figure tables, in the order a bureau reads them. */
export function ReportPaper({ report, kind, t }: { report: PeriodReport | AnnualReport; kind: ReportKind; t: TFunction }) {
  const annual = kind === 'annual' && 'fiveHaves' in report ? report : null;
  return (
    <article className="paper-doc period-report" data-testid="report-paper">
      <h1 className="paper-title">{t(`print.report.title.${kind}`, { station: report.stationName, period: report.period })}</h1>
      <p className="paper-subtitle">{t('print.report.range', { from: report.from, to: report.to })}</p>

      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.totals')}</h2>
        <FigureTable rows={[{ ...report.totals, label: t('print.report.total') }]} t={t} testId="report-totals" />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.byCategory')}</h2>
        <FigureTable rows={report.byCategory} t={t} testId="report-by-category" />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.byTrade')}</h2>
        <FigureTable rows={report.byTrade} t={t} testId="report-by-trade" />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.byTrainer')}</h2>
        <FigureTable rows={report.byTrainer} t={t} testId="report-by-trainer" />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.byTeam')}</h2>
        <FigureTable rows={report.byTeam} t={t} testId="report-by-team" />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.byTownship')}</h2>
        <FigureTable rows={report.byTownship} t={t} testId="report-by-township" />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.byNationalType')}</h2>
        <FigureTable rows={report.byNationalType} t={t} testId="report-by-national-type" />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.plan')}</h2>
        <PlanTable rows={report.plan} t={t} />
      </section>
      <section className="paper-section">
        <h2 className="paper-h2">{t('print.report.other')}</h2>
        <table className="paper-table narrow" data-testid="report-other">
          <tbody>
            <tr>
              <th className="item">{t('print.report.newWorkers')}</th>
              <td className="center nums">{report.newWorkers}</td>
            </tr>
            <tr>
              <th className="item">{t('print.report.certificates')}</th>
              <td className="center nums">{report.certificates.count}</td>
            </tr>
            <tr>
              <th className="item">{t('print.report.advanced')}</th>
              <td className="center nums">
                {percent(report.advanced.percent)}
                <span className="muted">
                  {' '}
                  ({t('print.report.advancedDetail', { advanced: report.advanced.advancedPersonTimes, leveled: report.advanced.skillsPersonTimes })})
                </span>
              </td>
            </tr>
            <tr>
              <th className="item">{t('print.report.certRate')}</th>
              <td className="center nums" data-testid="report-cert-rate">
                {percent(report.certificateRate.percent)}
                <span className="muted"> ({t('print.report.certRateDetail', { with: report.certificateRate.withCertificate, trainees: report.certificateRate.trainees })})</span>
              </td>
            </tr>
            <tr>
              <th className="item">{t('print.report.language')}</th>
              <td className="center nums">
                {report.language.figures.personTimes} / {report.language.figures.distinctWorkers}
              </td>
            </tr>
          </tbody>
        </table>
        <div className="paper-notes" data-testid="report-footnotes">
          <p>{t('reportsui.footnote.advanced')}</p>
          <p>{t('reportsui.footnote.certRate')}</p>
        </div>
      </section>
      {annual ? <AnnualSections report={annual} t={t} /> : null}
    </article>
  );
}
