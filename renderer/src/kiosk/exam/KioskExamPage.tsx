import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskSession } from '../../../../shared/contract/attendance-types';
import type { ExamFinishAnswer, ExamPaper, ExamStartAnswer } from '../../../../shared/contract/exam-types';
import type { Language } from '../../../../shared/i18n/languages';
import { call } from '../../api/client';
import { KioskHeader } from '../../components/kiosk/KioskHeader';
import { KioskKeypad } from '../../components/kiosk/KioskKeypad';
import { KioskLanguages } from '../../components/kiosk/KioskLanguages';
import { KioskSpinner } from '../../components/kiosk/KioskSpinner';
import { EnterGate, pressKey, scanMethodFor } from '../scanner';
import type { KioskLanguage } from '../useKioskLanguage';
import { ExamCandidates, ExamMessage, ExamOutcome, ExamReady } from './ExamScreens';
import { ExamTaking } from './ExamTaking';
import './exam.css';

type View =
  | { kind: 'ready' }
  | { kind: 'keypad'; digits: string }
  | { kind: 'message'; answer: ExamStartAnswer | null }
  | { kind: 'choose'; answer: ExamStartAnswer }
  | { kind: 'paper'; paper: ExamPaper }
  | { kind: 'result'; done: ExamFinishAnswer; attemptsLeft: number; language: Language };

/** A message or a result stays this long, then the tablet is ready for the next worker. */
const HOLD_MS = 20_000;

/**
 * The kiosk in exam mode (/kiosk/exam?session=…), after the session: a worker scans their badge again
 * (or types the last digits), answers one question a screen in their own language and sees the score.
 */
export function KioskExamPage({ sessionId, language, onLeave }: { sessionId: string | null; language: KioskLanguage; onLeave(): void }) {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<{ stationName: string; session: KioskSession | null } | null>(null);
  const [view, setView] = useState<View>({ kind: 'ready' });
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const gate = useRef(new EnterGate());

  useEffect(() => {
    void call('kiosk.state', sessionId ? { sessionId } : {}).then((r) => setSession(r.ok ? { stationName: r.value.stationName, session: r.value.session } : { stationName: '', session: null }));
  }, [sessionId]);

  const ready = useCallback(() => setView({ kind: 'ready' }), []);
  useEffect(() => {
    if (view.kind !== 'message' && view.kind !== 'result') return;
    const timer = setTimeout(ready, HOLD_MS);
    return () => clearTimeout(timer);
  }, [ready, view]);

  const listening = view.kind === 'ready' || view.kind === 'keypad' || view.kind === 'message' || view.kind === 'result';
  const refocus = useCallback(() => {
    if (listening) input.current?.focus({ preventScroll: true });
  }, [listening]);
  useLayoutEffect(refocus, [refocus, view.kind]);

  const start = useCallback(
    async (who: { code: string; method: 'badge' | 'qr' | 'id_digits' | 'id_card' } | { workerId: string; method: 'id_digits' }) => {
      if (!sessionId || busy) return;
      setBusy(true);
      try {
        const r = await call('kiosk.examStart', { sessionId, ...who, ...(language.picked ? { language: language.picked } : {}) });
        if (!r.ok) return setView({ kind: 'message', answer: null });
        const a = r.value;
        language.touch();
        if (a.outcome === 'paper' && a.paper) setView({ kind: 'paper', paper: a.paper });
        else if (a.outcome === 'choose') setView({ kind: 'choose', answer: a });
        else setView({ kind: 'message', answer: a });
      } finally {
        setBusy(false);
      }
    },
    [busy, language, sessionId],
  );

  const onScannerKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    const raw = e.currentTarget.value;
    e.currentTarget.value = '';
    const code = gate.current.accept(raw, performance.now());
    if (code !== null) void start({ code, method: scanMethodFor(code) });
  };

  const workerLanguage: Language =
    view.kind === 'paper' ? view.paper.worker.language : view.kind === 'result' ? view.language : view.kind === 'message' || view.kind === 'choose' ? (view.answer?.language ?? language.shown) : language.shown;
  const wt = useMemo(() => i18n.getFixedT(workerLanguage), [i18n, workerLanguage]);

  const onFinished = useCallback(
    (done: ExamFinishAnswer) =>
      setView((v) => (v.kind === 'paper' ? { kind: 'result', done, attemptsLeft: Math.max(0, v.paper.attemptsAllowed - v.paper.attemptNo), language: v.paper.worker.language } : v)),
    [],
  );

  let body;
  if (!session) body = <KioskSpinner />;
  else if (!session.session) body = <ExamMessage t={wt} answer={{ outcome: 'no_exam', paper: null, candidates: [], workerName: null, language: null, last: null }} onDone={onLeave} />;
  else if (view.kind === 'keypad')
    body = <KioskKeypad digits={view.digits} busy={busy} onKey={(k) => setView((v) => (v.kind === 'keypad' ? { ...v, digits: pressKey(v.digits, k) } : v))} onSubmit={() => void start({ code: view.digits, method: 'id_digits' })} onCancel={ready} />;
  else if (view.kind === 'message') body = <ExamMessage t={wt} answer={view.answer} onDone={ready} />;
  else if (view.kind === 'choose') body = <ExamCandidates t={wt} answer={view.answer} onPick={(workerId) => void start({ workerId, method: 'id_digits' })} onCancel={ready} />;
  else if (view.kind === 'paper') body = <ExamTaking key={view.paper.attemptId} paper={view.paper} t={wt} onFinished={onFinished} onIdle={ready} />;
  else if (view.kind === 'result') body = <ExamOutcome t={wt} done={view.done} attemptsLeft={view.attemptsLeft} onDone={ready} />;
  else body = <ExamReady t={t} busy={busy} onKeypad={() => setView({ kind: 'keypad', digits: '' })} />;

  return (
    <div className="kiosk kiosk-screen exam-screen" data-testid="exam-page" onClick={refocus}>
      <input
        ref={input}
        className="kiosk-scanner"
        data-testid="kiosk-scanner"
        aria-label={t('kioskui.scanner.label')}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        inputMode="none"
        maxLength={600}
        onKeyDown={onScannerKey}
      />
      <KioskHeader stationName={session?.stationName ?? ''} session={session?.session ?? null} mode="in" pendingCount={0} />
      <main className="kiosk-main" lang={workerLanguage}>
        {body}
      </main>
      <footer className="kiosk-footer">
        <KioskLanguages value={language.shown} onChange={language.pick} />
        {view.kind !== 'paper' && (
          <button type="button" className="kiosk-button" onMouseDown={(e) => e.preventDefault()} onClick={onLeave} data-testid="exam-leave">
            {t('examkiosk.back')}
          </button>
        )}
      </footer>
    </div>
  );
}
