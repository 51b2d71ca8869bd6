import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanAnswer } from '../../../shared/contract/attendance-types';
import { KioskAnswer } from '../components/kiosk/KioskAnswer';
import { KioskCamera } from '../components/kiosk/KioskCamera';
import { KioskHeader } from '../components/kiosk/KioskHeader';
import { KioskIcon } from '../components/kiosk/KioskIcon';
import { KioskKeypad } from '../components/kiosk/KioskKeypad';
import { KioskLanguages } from '../components/kiosk/KioskLanguages';
import { KioskReady } from '../components/kiosk/KioskReady';
import { KioskSessionPicker } from '../components/kiosk/KioskSessionPicker';
import { KioskSpinner } from '../components/kiosk/KioskSpinner';
import { cameraAvailable } from '../kiosk/camera';
import { EnterGate, scanMethodFor } from '../kiosk/scanner';
import { useKioskQueue } from '../kiosk/sender';
import type { KioskLanguage } from '../kiosk/useKioskLanguage';
import { useKioskState } from '../kiosk/useKioskState';
import { useScanFlow } from '../kiosk/useScanFlow';
import { useTrainerCorner } from '../kiosk/useTrainerCorner';
import { KioskTrainerPanel } from './KioskTrainerPanel';

/** The footer: the worker's languages, and the trainer's corner (a dot while scans wait). */
const KioskFooter = memo(function KioskFooter({ language, onLanguage, pending, onTrainer }: { language: KioskLanguage['shown']; onLanguage: KioskLanguage['pick']; pending: boolean; onTrainer(): void }) {
  const { t } = useTranslation();
  return (
    <footer className="kiosk-footer">
      <KioskLanguages value={language} onChange={onLanguage} />
      <button type="button" className={pending ? 'kiosk-icon-button kiosk-trainer-button kiosk-dot' : 'kiosk-icon-button kiosk-trainer-button'} aria-label={t('kioskui.trainer.open')} onMouseDown={(e) => e.preventDefault()} onClick={onTrainer} data-testid="kiosk-trainer-button">
        <KioskIcon name="gear" />
      </button>
    </footer>
  );
});

/** The kiosk at the door: header, the current view (ready, keypad, camera, answer), footer, trainer's corner. */
export function KioskPage({ initialSession, language, onUnauthenticated, onExam }: { initialSession: string | null; language: KioskLanguage; onUnauthenticated(): boolean; onExam?(sessionId: string): void }) {
  const { t, i18n } = useTranslation();
  const state = useKioskState(initialSession, onUnauthenticated);
  const { kiosk, setPresent } = state;
  const session = kiosk?.session ?? null;
  const [mode, setMode] = useState<'in' | 'out'>('in');
  const [camera, setCamera] = useState(false);
  const onDelivered = useCallback((a: ScanAnswer) => setPresent(a.presentCount), [setPresent]);
  const queue = useKioskQueue(onDelivered);
  const { pickSession } = state;
  const onSessionGone = useCallback(() => pickSession(null), [pickSession]);
  const flow = useScanFlow({ session, mode, picked: language.picked, shown: language.shown, touchLanguage: language.touch, queue, setPresent, onSessionGone });
  const { show, submit } = flow;
  const onRegistered = useCallback(
    (a: ScanAnswer) => {
      setPresent(a.presentCount);
      show(a.outcome, a, null);
    },
    [show, setPresent],
  );
  const corner = useTrainerCorner(session, onRegistered);
  const input = useRef<HTMLInputElement>(null);
  const gate = useRef(new EnterGate());

  useEffect(() => {
    void cameraAvailable().then(setCamera);
  }, []);

  // The hidden scanner field always has focus, except while the trainer's panel is open.
  const refocus = useCallback(() => {
    if (!corner.open) input.current?.focus({ preventScroll: true });
  }, [corner.open]);
  // Before the frame is painted: the scanner field is ready the moment the screen is.
  useLayoutEffect(() => {
    refocus();
  }, [refocus, flow.view, kiosk === null]);

  const onScannerKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    const raw = e.currentTarget.value;
    e.currentTarget.value = '';
    const code = gate.current.accept(raw, performance.now());
    if (code === null || !session) return;
    // The kiosk answers only after the station did: no optimistic confirmation.
    void submit({ code, method: scanMethodFor(code) });
  };

  const onCameraCode = useCallback((code: string) => void submit({ code, method: 'qr' }), [submit]);
  const view = flow.view;
  const answerT = useMemo(() => (view.kind === 'answer' ? i18n.getFixedT(view.language) : null), [i18n, view]);
  const { openCorner: openTrainerCorner } = corner;
  const openCorner = useCallback(() => void openTrainerCorner(), [openTrainerCorner]);

  let body;
  if (!kiosk) {
    body = state.loadError ? <div className="kiosk-headline">{t('kiosk.notReady')}</div> : <KioskSpinner />;
  } else if (!session) {
    body = <KioskSessionPicker choices={kiosk.choices} onPick={pickSession} />;
  } else if (view.kind === 'answer' && answerT) {
    body = <KioskAnswer kind={view.outcome} answer={view.answer} language={view.language} t={answerT} pendingCount={queue.pending} busy={flow.busy} onPick={flow.pickCandidate} onAcknowledge={flow.acknowledge} onDismiss={flow.backToReady} />;
  } else if (view.kind === 'keypad') {
    body = <KioskKeypad digits={view.digits} busy={flow.busy} onKey={flow.pressDigit} onSubmit={flow.sendDigits} onCancel={flow.backToReady} />;
  } else if (view.kind === 'camera') {
    body = <KioskCamera onCode={onCameraCode} onClose={flow.backToReady} />;
  } else {
    body = <KioskReady mode={mode} closed={session.state === 'closed' || session.state === 'cancelled'} busy={flow.busy} camera={camera} onKeypad={flow.openKeypad} onCamera={flow.openCamera} />;
  }

  const stationName = kiosk?.stationName ?? '';
  return (
    <div className="kiosk kiosk-screen" data-testid="kiosk-page" onClick={refocus}>
      <input
        ref={input}
        className="kiosk-scanner"
        data-testid="kiosk-scanner"
        aria-label={t('kioskui.scanner.label')}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        // No on-screen keyboard on a tablet: the scanner types, people use the keypad.
        inputMode="none"
        maxLength={600}
        onKeyDown={onScannerKey}
        onBlur={() => setTimeout(refocus, 0)}
      />
      <KioskHeader stationName={stationName} session={session} mode={mode} pendingCount={queue.pending} />
      <main className="kiosk-main">{body}</main>
      <KioskFooter language={language.shown} onLanguage={language.pick} pending={queue.pending > 0} onTrainer={openCorner} />
      {corner.open && (
        <KioskTrainerPanel
          corner={corner}
          kiosk={kiosk}
          sessionId={session?.id ?? null}
          mode={mode}
          pending={queue.pending}
          language={language}
          unknownIdNumber={flow.lastUnknownId.current}
          onMode={(m) => {
            setMode(m);
            corner.close();
          }}
          onSession={(id) => {
            pickSession(id);
            corner.close();
            flow.backToReady();
          }}
          onSendPending={() => void queue.flush()}
          {...(onExam && session ? { onExam: () => (corner.close(), onExam(session.id)) } : {})}
        />
      )}
    </div>
  );
}
