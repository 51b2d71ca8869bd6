import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { KioskSession, ScanAnswer } from '../../../shared/contract/attendance-types';
import type { Language } from '../../../shared/i18n/languages';
import { call } from '../api/client';
import { isNetworkFailure } from '../api/errors';
import { newIdempotencyKey } from './ids';
import { ABANDONED_AFTER_MS, presentationOf, type KioskAnswerKind } from './outcomes';
import { FINAL_REFUSALS, type QueuedScan } from './queue';
import type { KioskQueue } from './sender';
import { looksLikeIdNumber, pressKey } from './scanner';
import { playSound, speakName } from './sound';

export type KioskView =
  | { kind: 'ready' }
  | { kind: 'keypad'; digits: string }
  | { kind: 'camera' }
  | { kind: 'answer'; outcome: KioskAnswerKind; answer: ScanAnswer | null; language: Language; scan: QueuedScan | null };

export interface ScanRequest {
  code?: string;
  workerId?: string;
  method: QueuedScan['method'];
  ack?: boolean;
}

interface Options {
  session: KioskSession | null;
  mode: 'in' | 'out';
  /** The language the worker picked (sent with the scan), and the one on screen. */
  picked: Language | null;
  shown: Language;
  /** The worker is still here: the language choice stays. */
  touchLanguage(): void;
  queue: KioskQueue;
  setPresent(count: number): void;
  /** The station no longer knows the session: back to choosing one. */
  onSessionGone(): void;
}

/** How long an unknown ID number is kept in memory for the trainer's registration form. */
const UNKNOWN_ID_KEPT_MS = 120_000;

/**
 * The scan at the door, from the worker's Enter (or keypad, camera, candidate, notice) to the answer on
 * screen and back to ready. The answer is painted first; sound and the spoken name follow the frame.
 */
export function useScanFlow({ session, mode, picked, shown, touchLanguage, queue, setPresent, onSessionGone }: Options) {
  const [view, setView] = useState<KioskView>({ kind: 'ready' });
  const [busy, setBusy] = useState(false);
  const inflight = useRef(0);
  const backTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Personal data: the ID number of someone the kiosk did not know, in memory only, for two minutes. */
  const lastUnknownId = useRef('');

  const backToReady = useCallback(() => {
    if (backTimer.current) clearTimeout(backTimer.current);
    backTimer.current = null;
    setView({ kind: 'ready' });
  }, []);

  useEffect(
    () => () => {
      if (backTimer.current) clearTimeout(backTimer.current);
    },
    [],
  );

  const show = useCallback(
    (outcome: KioskAnswerKind, answer: ScanAnswer | null, scan: QueuedScan | null) => {
      const p = presentationOf(outcome);
      const language = answer?.worker?.language ?? picked ?? shown;
      if ((outcome === 'unknown_code' || outcome === 'id_not_on_roster') && scan?.code && looksLikeIdNumber(scan.code)) {
        const code = scan.code;
        lastUnknownId.current = code;
        setTimeout(() => {
          if (lastUnknownId.current === code) lastUnknownId.current = '';
        }, UNKNOWN_ID_KEPT_MS);
      }
      setView({ kind: 'answer', outcome, answer, language, scan });
      if (backTimer.current) clearTimeout(backTimer.current);
      backTimer.current = setTimeout(backToReady, p.holdMs ?? ABANDONED_AFTER_MS);
      touchLanguage();
      // After the answer is painted: a tone, and the name spoken where a voice exists.
      requestAnimationFrame(() =>
        setTimeout(() => {
          playSound(p.sound);
          if (p.speak && answer?.worker) speakName(answer.worker.name, language);
        }, 0),
      );
    },
    [backToReady, picked, shown, touchLanguage],
  );

  const submit = useCallback(
    async (what: ScanRequest) => {
      if (!session) return;
      const scan: QueuedScan = {
        sessionId: session.id,
        ...(what.code !== undefined ? { code: what.code } : {}),
        ...(what.workerId !== undefined ? { workerId: what.workerId } : {}),
        method: what.method,
        mode,
        ack: what.ack ?? false,
        idempotencyKey: newIdempotencyKey(),
        clientAt: new Date().toISOString(),
        ...(picked ? { language: picked } : {}),
      };
      inflight.current += 1;
      // A tap (keypad, candidate, notice) disables its buttons meanwhile; a scanner's Enter re-renders nothing
      // before the answer, so the answer is painted sooner.
      const tapped = what.method !== 'badge' && what.method !== 'id_card';
      if (tapped) setBusy(true);
      try {
        const keep = () => {
          queue.keep(scan);
          show('pending', null, scan);
        };
        // Scans kept offline go first, so a sign-out never overtakes its sign-in.
        if (queue.pending > 0) {
          const report = await queue.flush();
          if (report && report.remaining > 0) return keep();
        }
        const { clientAt: _clientAt, ...live } = scan;
        const r = await call('kiosk.scan', live);
        if (r.ok) {
          const answer = r.value;
          // Painted now, in this task: the worker is waiting for it; nothing else is more urgent.
          return flushSync(() => {
            setPresent(answer.presentCount);
            show(answer.outcome, answer, scan);
          });
        }
        // The kiosk answers only after the station did; what it could not answer waits in the queue.
        if (isNetworkFailure(r.error) || !FINAL_REFUSALS.includes(r.error.code)) return keep();
        if (r.error.code === 'not_found') onSessionGone();
        show('unknown_code', null, scan);
      } finally {
        inflight.current -= 1;
        // (Already false after a scanner's Enter: React then skips the render.)
        if (inflight.current === 0) setBusy(false);
      }
    },
    [mode, onSessionGone, picked, queue, session, setPresent, show],
  );

  const openKeypad = useCallback(() => setView({ kind: 'keypad', digits: '' }), []);
  const openCamera = useCallback(() => setView({ kind: 'camera' }), []);
  const pressDigit = useCallback((key: string) => setView((v) => (v.kind === 'keypad' ? { ...v, digits: pressKey(v.digits, key) } : v)), []);

  const sendDigits = useCallback(() => {
    if (view.kind === 'keypad' && !busy) void submit({ code: view.digits, method: 'id_digits' });
  }, [busy, submit, view]);

  /** The same scan again, acknowledged, under a new idempotency key (the first one has its answer). */
  const acknowledge = useCallback(() => {
    if (busy || view.kind !== 'answer' || !view.scan) return;
    const { code, workerId, method } = view.scan;
    void submit({ ...(workerId ? { workerId } : code !== undefined ? { code } : {}), method, ack: true });
  }, [busy, submit, view]);

  const pickCandidate = useCallback(
    (workerId: string) => {
      if (!busy) void submit({ workerId, method: 'id_digits' });
    },
    [busy, submit],
  );

  return { view, busy, show, submit, backToReady, openKeypad, openCamera, pressDigit, sendDigits, acknowledge, pickCandidate, lastUnknownId };
}
