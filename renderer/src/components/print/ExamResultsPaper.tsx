import type { TFunction } from 'i18next';
import type { SessionExamView } from '../../../../shared/contract/exam-types';
import type { TrainingSession } from '../../../../shared/contract/records';
import { stationNow } from '../../../../shared/domain/time';
import { FillInLine } from './FillInLine';
import { num, percent, span } from './format';

export interface ExamResultsData {
  session: TrainingSession;
  view: SessionExamView;
}

/**
 * A session's exam results (考试成绩表): who took it, the best current score of each, how it was taken, and
 * the pass rate, with the examiner's signature line. A worker who attended and took no exam is listed too.
 */
export function ExamResultsPaper({ data, t }: { data: ExamResultsData; t: TFunction }) {
  const { session, view } = data;
  const exam = view.exam;
  const takers = view.rows.filter((r) => r.best);
  const passed = takers.filter((r) => r.best?.passed).length;
  return (
    <article className="paper-doc exam-results" data-testid="exam-results-paper">
      <h1 className="paper-title">{t('exams.print.title')}</h1>
      <dl className="paper-facts">
        <div className="span2">
          <dt>{t('exams.print.session')}</dt>
          <dd dir="auto">{session.title}</dd>
        </div>
        <div>
          <dt>{t('exams.print.time')}</dt>
          <dd className="nums">{span(session.startsAt, session.endsAt)}</dd>
        </div>
        <div>
          <dt>{t('exams.print.trainers')}</dt>
          <dd dir="auto">{session.trainerNames.join('、')}</dd>
        </div>
        <div>
          <dt>{t('exams.print.passMark')}</dt>
          <dd className="nums">{exam ? `${exam.passPercent}%` : '—'}</dd>
        </div>
        <div>
          <dt>{t('exams.print.summary')}</dt>
          <dd className="nums" data-testid="exam-results-summary">
            {t('exams.print.summaryText', { takers: takers.length, passed, rate: percent(takers.length ? (100 * passed) / takers.length : null) })}
          </dd>
        </div>
      </dl>
      <table className="paper-table">
        <thead>
          <tr>
            <th style={{ width: '6%' }}>{t('print.sheet.col.serial')}</th>
            <th style={{ width: '16%' }}>{t('exams.print.col.name')}</th>
            <th>{t('exams.print.col.team')}</th>
            <th style={{ width: '8%' }}>{t('exams.print.col.attempts')}</th>
            <th style={{ width: '12%' }}>{t('exams.print.col.score')}</th>
            <th style={{ width: '10%' }}>{t('exams.print.col.result')}</th>
            <th style={{ width: '14%' }}>{t('exams.print.col.method')}</th>
            <th style={{ width: '16%' }}>{t('exams.print.col.at')}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="center muted">
                {t('print.none')}
              </td>
            </tr>
          ) : (
            view.rows.map((r, i) => (
              <tr key={r.attendanceId} data-testid="exam-results-row">
                <td className="center nums">{i + 1}</td>
                <td dir="auto">{r.name}</td>
                <td dir="auto">{r.team}</td>
                <td className="center nums">{num(r.attempts)}</td>
                <td className="center nums">{r.best ? `${num(r.best.score)} / ${num(r.best.maxScore)}` : ''}</td>
                <td className="center">{r.best ? t(r.best.passed ? 'exams.passed' : 'exams.failed') : t('exams.session.notTaken')}</td>
                <td className="center">{r.best ? t(`exams.method.${r.best.method}`) : ''}</td>
                <td className="center nums">{r.best ? stationNow(new Date(r.best.at)).slice(0, 16).replace('T', ' ') : ''}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      <FillInLine fields={[{ label: t('exams.print.examinerSign') }, { label: t('print.sheet.date') }]} />
    </article>
  );
}
