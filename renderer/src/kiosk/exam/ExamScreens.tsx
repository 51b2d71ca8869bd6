import type { TFunction } from 'i18next';
import type { ExamFinishAnswer, ExamStartAnswer } from '../../../../shared/contract/exam-types';
import { KioskIcon } from '../../components/kiosk/KioskIcon';

const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

/** Waiting for a worker to scan in for the exam (the scanner field keeps focus), or to open the keypad. */
export function ExamReady({ t, busy, onKeypad }: { t: TFunction; busy: boolean; onKeypad(): void }) {
  return (
    <section className="kiosk-ready" data-testid="exam-ready">
      <div className={`kiosk-ready-icon kiosk-mode-in${busy ? ' kiosk-busy' : ''}`} aria-hidden="true">
        <KioskIcon name="scan" />
      </div>
      <h1 className="kiosk-ready-title">{t('examkiosk.scan')}</h1>
      <p className="kiosk-ready-help">{t('examkiosk.help')}</p>
      <div className="kiosk-ready-actions">
        <button type="button" className="kiosk-button kiosk-button-big" onMouseDown={keepFocus} onClick={onKeypad} data-testid="exam-open-keypad">
          {t('examkiosk.keypad')}
        </button>
      </div>
    </section>
  );
}

/** Why the exam did not start (not signed in to the session, no attempts left …), in the worker's language. */
export function ExamMessage({ t, answer, onDone }: { t: TFunction; answer: ExamStartAnswer | null; onDone(): void }) {
  const outcome = answer?.outcome ?? 'error';
  return (
    <section className="exam-message" data-testid="exam-message" data-outcome={outcome}>
      {answer?.workerName && <div className="exam-name">{answer.workerName}</div>}
      <h1 className="kiosk-headline">{t(`examkiosk.outcome.${outcome}`, { score: answer?.last?.score ?? '' })}</h1>
      <button type="button" className="kiosk-button kiosk-button-big kiosk-button-light" onMouseDown={keepFocus} onClick={onDone} data-testid="exam-message-ok">
        {t('examkiosk.done')}
      </button>
    </section>
  );
}

/** Several workers end in the typed digits: each masked, the worker picks themselves. */
export function ExamCandidates({ t, answer, onPick, onCancel }: { t: TFunction; answer: ExamStartAnswer; onPick(workerId: string): void; onCancel(): void }) {
  return (
    <section className="exam-message" data-testid="exam-candidates">
      <h2 className="kiosk-headline">{t('examkiosk.choose')}</h2>
      <div className="exam-candidates">
        {answer.candidates.map((c) => (
          <button key={c.workerId} type="button" className="kiosk-button kiosk-button-big" onMouseDown={keepFocus} onClick={() => onPick(c.workerId)}>
            <bdi>{c.maskedName}</bdi> · <bdi>{c.team}</bdi>
          </button>
        ))}
      </div>
      <button type="button" className="kiosk-button" onMouseDown={keepFocus} onClick={onCancel}>
        {t('examkiosk.back')}
      </button>
    </section>
  );
}

/** Before handing in: how many are answered, hand in or go back. */
export function ExamReview({ t, answered, total, sending, onSubmit, onBack }: { t: TFunction; answered: number; total: number; sending: 'no' | 'sending' | 'retrying'; onSubmit(): void; onBack(): void }) {
  const missing = total - answered;
  return (
    <section className="exam-message" data-testid="exam-review">
      <h1 className="kiosk-headline">{missing ? t('examkiosk.review', { missing, answered, total }) : t('examkiosk.reviewAll')}</h1>
      {sending !== 'no' && <p role="status">{t(sending === 'sending' ? 'examkiosk.sending' : 'examkiosk.retrying')}</p>}
      <div className="exam-nav">
        <button type="button" className="kiosk-button kiosk-button-big" disabled={sending !== 'no'} onClick={onBack} data-testid="exam-keep-going">
          {t('examkiosk.keepGoing')}
        </button>
        <button type="button" className="kiosk-button kiosk-button-big kiosk-button-primary" disabled={sending !== 'no'} onClick={onSubmit} data-testid="exam-submit">
          {t('examkiosk.submit')}
        </button>
      </div>
    </section>
  );
}

/** The score and pass or fail, large; attempts left when not passed. */
export function ExamOutcome({ t, done, attemptsLeft, onDone }: { t: TFunction; done: ExamFinishAnswer; attemptsLeft: number; onDone(): void }) {
  const r = done.result;
  return (
    <section className={r.passed ? 'exam-result exam-passed' : 'exam-result exam-failed'} data-testid="exam-result" data-passed={r.passed}>
      <div className="exam-verdict" data-testid="exam-verdict">
        {t(r.passed ? 'examkiosk.passed' : 'examkiosk.failed')}
      </div>
      <div className="exam-score" data-testid="exam-score">
        {t('examkiosk.score', { score: r.score, max: r.maxScore })}
      </div>
      <div>{t('examkiosk.correct', { correct: done.correct, total: done.total })}</div>
      {!r.passed && attemptsLeft > 0 && <div>{t('examkiosk.retryLeft', { count: attemptsLeft })}</div>}
      <button type="button" className="kiosk-button kiosk-button-big kiosk-button-light" onMouseDown={keepFocus} onClick={onDone} data-testid="exam-done">
        {t('examkiosk.done')}
      </button>
    </section>
  );
}
