import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExamFinishAnswer, ExamPaper } from '../../../../shared/contract/exam-types';
import { call } from '../../api/client';
import { isNetworkFailure } from '../../api/errors';
import { newIdempotencyKey } from '../ids';

export type Answers = Record<string, number[]>;

/** How often a paper that could not be handed in (network down) is sent again; same key, so never twice. */
const RETRY_MS = 3000;

/**
 * One attempt on the tablet: the answers (painted at once on a tap, saved to the station behind it, so
 * a worker who walks away resumes on any tablet), and handing in under one idempotency key per attempt.
 */
export function useExamAttempt(paper: ExamPaper, onFinished: (a: ExamFinishAnswer) => void) {
  const [answers, setAnswers] = useState<Answers>(() => paper.answers);
  const [index, setIndex] = useState(() => {
    const first = paper.questions.findIndex((q) => !paper.answers[q.id]?.length);
    return first < 0 ? paper.questions.length - 1 : first;
  });
  const [sending, setSending] = useState<'no' | 'sending' | 'retrying'>('no');
  const finishKey = useRef(newIdempotencyKey());
  const unsaved = useRef<Answers>({});
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const answersRef = useRef(answers);
  answersRef.current = answers;

  const flushSave = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = null;
    const batch = unsaved.current;
    if (!Object.keys(batch).length) return;
    unsaved.current = {};
    void call('kiosk.examSave', { attemptId: paper.attemptId, answers: batch }).then((r) => {
      // Not saved (network): kept for the next save or the hand-in, which carries every answer anyway.
      if (!r.ok && isNetworkFailure(r.error)) unsaved.current = { ...batch, ...unsaved.current };
    });
  }, [paper.attemptId]);

  useEffect(() => () => flushSave(), [flushSave]);

  const choose = useCallback(
    (questionId: string, chosen: number[]) => {
      setAnswers((a) => ({ ...a, [questionId]: chosen }));
      unsaved.current[questionId] = chosen;
      // The save follows the paint of the next question, never in its way.
      if (!saveTimer.current) saveTimer.current = setTimeout(flushSave, 250);
    },
    [flushSave],
  );

  const finish = useCallback(async () => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
    unsaved.current = {};
    setSending('sending');
    for (;;) {
      const r = await call('kiosk.examFinish', { attemptId: paper.attemptId, answers: answersRef.current, idempotencyKey: finishKey.current });
      if (r.ok) {
        setSending('no');
        return onFinished(r.value);
      }
      if (!isNetworkFailure(r.error)) {
        setSending('no');
        return;
      }
      setSending('retrying');
      await new Promise((done) => setTimeout(done, RETRY_MS));
    }
  }, [onFinished, paper.attemptId]);

  return { answers, index, setIndex, choose, finish, sending };
}

/** "mm:ss" until the deadline, ticking each second; null when more than a day away. */
export function useTimeLeft(deadlineAt: string, onOver: () => void): string | null {
  const [now, setNow] = useState(() => Date.now());
  const over = useRef(false);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = Date.parse(deadlineAt) - now;
  useEffect(() => {
    if (left <= 0 && !over.current) {
      over.current = true;
      onOver();
    }
  }, [left, onOver]);
  if (left > 12 * 3600_000) return null;
  const s = Math.max(0, Math.floor(left / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}
