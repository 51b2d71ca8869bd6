import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TFunction } from 'i18next';
import type { ExamFinishAnswer, ExamPaper } from '../../../../shared/contract/exam-types';
import { ExamQuestion } from './ExamQuestion';
import { ExamReview } from './ExamScreens';
import { useExamAttempt } from './useExamAttempt';

/** A worker who stops tapping this long has walked away: the tablet goes back to ready; the attempt resumes on their next scan. */
export const EXAM_IDLE_MS = 3 * 60_000;

/** Taking one paper: a question a screen, then the review, then handing in. */
export function ExamTaking({ paper, t, onFinished, onIdle }: { paper: ExamPaper; t: TFunction; onFinished(a: ExamFinishAnswer): void; onIdle(): void }) {
  const { answers, index, setIndex, choose, finish, sending } = useExamAttempt(paper, onFinished);
  const [reviewing, setReviewing] = useState(false);
  const total = paper.questions.length;
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const touch = useCallback(() => {
    if (idle.current) clearTimeout(idle.current);
    idle.current = setTimeout(onIdle, EXAM_IDLE_MS);
  }, [onIdle]);
  useEffect(() => {
    touch();
    return () => {
      if (idle.current) clearTimeout(idle.current);
    };
  }, [touch]);
  const onTimeOver = useCallback(() => void finish(), [finish]);

  const q = paper.questions[index]!;
  const onChoose = useCallback((chosen: number[]) => (touch(), choose(q.id, chosen)), [choose, q.id, touch]);
  const onNext = useCallback(() => {
    touch();
    // The next question is painted in this task: the tap's answer is the worker's whole wait.
    flushSync(() => {
      if (index + 1 < total) setIndex(index + 1);
      else setReviewing(true);
    });
  }, [index, setIndex, total, touch]);
  const onPrev = useCallback(() => (touch(), setIndex(Math.max(0, index - 1))), [index, setIndex, touch]);

  if (reviewing || sending !== 'no') {
    const answered = paper.questions.filter((x) => answers[x.id]?.length).length;
    return <ExamReview t={t} answered={answered} total={total} sending={sending} onSubmit={() => void finish()} onBack={() => (touch(), setReviewing(false), setIndex(Math.max(0, paper.questions.findIndex((x) => !answers[x.id]?.length))))} />;
  }
  return <ExamQuestion question={q} n={index + 1} total={total} chosen={answers[q.id] ?? []} deadlineAt={paper.deadlineAt} onTimeOver={onTimeOver} t={t} onChoose={onChoose} onPrev={onPrev} onNext={onNext} />;
}
