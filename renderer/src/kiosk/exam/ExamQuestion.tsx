import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { PaperQuestion } from '../../../../shared/contract/exam-types';
import { useTimeLeft } from './useExamAttempt';
import { useFitToBox } from './useFitToBox';
import { directionOf } from '../../../../shared/i18n/languages';

const LETTERS = 'ABCDEF';

interface Props {
  question: PaperQuestion;
  n: number;
  total: number;
  chosen: number[];
  deadlineAt: string;
  onTimeOver(): void;
  t: TFunction;
  onChoose(chosen: number[]): void;
  onPrev(): void;
  onNext(): void;
}

/**
 * One question a screen: the stem in the worker's language (its own direction), options as big buttons
 * lettered in the order this paper shows them. A single or true/false answer moves on by itself; a
 * multiple-choice one is confirmed.
 */
export const ExamQuestion = memo(function ExamQuestion({ question: q, n, total, chosen, deadlineAt, onTimeOver, t, onChoose, onPrev, onNext }: Props) {
  const multiple = q.kind === 'multiple';
  const body = useFitToBox<HTMLDivElement>(`${q.id}:${q.language}`);
  const tap = (index: number) => {
    if (multiple) onChoose(chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index]);
    else {
      onChoose([index]);
      onNext();
    }
  };
  return (
    <section className="exam-question" data-testid="exam-question" data-question={q.id}>
      <div className="exam-bar">
        <span data-testid="exam-progress">{t('examkiosk.progress', { n, total })}</span>
        <span className="exam-kind">{t(`examkiosk.kind.${q.kind}`)}</span>
        <ExamClock deadlineAt={deadlineAt} onOver={onTimeOver} t={t} />
      </div>
      <div className="exam-body" ref={body} lang={q.language} dir={directionOf(q.language)}>
        {q.fallback && <p className="exam-fallback">{t('examkiosk.fallback')}</p>}
        <h1 className="exam-stem" data-testid="exam-stem">
          {q.stem}
        </h1>
        <div className={q.options.length > 4 ? 'exam-options exam-options-many' : 'exam-options'} role={multiple ? 'group' : 'radiogroup'}>
          {q.options.map((o, i) => {
            const on = chosen.includes(o.index);
            return (
              <button
                key={o.index}
                type="button"
                role={multiple ? 'checkbox' : 'radio'}
                aria-checked={on}
                className={on ? 'exam-option exam-option-on' : 'exam-option'}
                onClick={() => tap(o.index)}
                data-testid="exam-option"
              >
                <span className="exam-letter" dir="ltr">
                  {LETTERS[i]}
                </span>
                <span className="exam-option-text">{o.text}</span>
              </button>
            );
          })}
        </div>
      </div>
      <div className="exam-nav">
        <button type="button" className="kiosk-button kiosk-button-big" disabled={n === 1} onClick={onPrev} data-testid="exam-prev">
          {t('examkiosk.prev')}
        </button>
        {(multiple || chosen.length > 0) && (
          <button type="button" className="kiosk-button kiosk-button-big kiosk-button-primary" disabled={!chosen.length} onClick={onNext} data-testid="exam-next">
            {multiple ? t('examkiosk.confirm') : t('examkiosk.next')}
          </button>
        )}
      </div>
    </section>
  );
});

/** The time left, ticking on its own: a second's tick repaints this line only, never the question. */
const ExamClock = memo(function ExamClock({ deadlineAt, onOver, t }: { deadlineAt: string; onOver(): void; t: TFunction }) {
  const left = useTimeLeft(deadlineAt, onOver);
  if (!left) return null;
  return (
    <span className="exam-time" data-testid="exam-time">
      {t('examkiosk.timeLeft', { time: left })}
    </span>
  );
});
