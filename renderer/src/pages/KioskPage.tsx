import { ScanOutlined, SettingOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Modal, Segmented, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { KioskState, ScanAnswer } from '../../../shared/contract/attendance-types';
import { isLanguage, type Language } from '../../../shared/i18n/languages';
import { call, closeKioskWindow, forgetKioskToken, hostWindow, kioskTokenInUse, kioskTokenRefused, onKioskTokenLost, subscribe } from '../api/client';
import { isNetworkFailure } from '../api/errors';
import { KioskAnswer } from '../components/kiosk/KioskAnswer';
import { KioskCamera } from '../components/kiosk/KioskCamera';
import { KioskHeader } from '../components/kiosk/KioskHeader';
import { KioskKeypad } from '../components/kiosk/KioskKeypad';
import { KioskLanguages } from '../components/kiosk/KioskLanguages';
import { KioskSessionPicker } from '../components/kiosk/KioskSessionPicker';
import { RegisterForm, type Newcomer } from '../components/kiosk/RegisterForm';
import { TrainerUnlock } from '../components/kiosk/TrainerUnlock';
import { errorMessage } from '../forms/errorText';
import { i18n } from '../i18n';
import { cameraAvailable } from '../kiosk/camera';
import { newIdempotencyKey } from '../kiosk/ids';
import { ABANDONED_AFTER_MS, presentationOf, type KioskAnswerKind } from '../kiosk/outcomes';
import { ScanQueue, queuedInput, type Delivery, type QueuedScan } from '../kiosk/queue';
import { EnterGate, looksLikeIdNumber, pressKey, scanMethodFor } from '../kiosk/scanner';
import { playSound, speakName } from '../kiosk/sound';
import { useLanguage } from '../state/language';
import { useSession } from '../state/session';

/** The session a trainer picked at this kiosk, kept across reloads (a session id is not personal data). */
const SESSION_KEY = 'station.kioskSession';
const RETRY_MS = 4000;
const REFRESH_MS = 60_000;
/** A worker's language choice lasts this long without a scan; then the kiosk's default comes back. */
const LANGUAGE_IDLE_MS = 60_000;

type View =
  | { kind: 'ready' }
  | { kind: 'keypad'; digits: string }
  | { kind: 'camera' }
  | { kind: 'answer'; outcome: KioskAnswerKind; answer: ScanAnswer | null; language: Language; scan: QueuedScan | null };

function storedSession(): string | null {
  try {
    return localStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

function storeSession(id: string | null): void {
  try {
    if (id) localStorage.setItem(SESSION_KEY, id);
    else localStorage.removeItem(SESSION_KEY);
  } catch {
    // The choice lasts until reload.
  }
}

const queue = new ScanQueue<ScanAnswer>(typeof window === 'undefined' ? { getItem: () => null, setItem: () => undefined, removeItem: () => undefined } : window.localStorage);

/** Delivers one kept scan with the tablet's clock now, telling the queue what became of it. */
async function deliver(scan: QueuedScan, clientNow: string): Promise<Delivery<ScanAnswer>> {
  const r = await call('kiosk.scan', queuedInput(scan, clientNow));
  if (r.ok) return { kind: 'answered', answer: r.value };
  if (isNetworkFailure(r.error)) return { kind: 'network' };
  if (r.error.code === 'unauthenticated' || r.error.code === 'rate_limited' || r.error.code === 'internal') return { kind: 'hold' };
  return { kind: 'refused', code: r.error.code };
}

/**
 * The kiosk at the training room's door. Decides between pairing (a tablet with no token and nobody
 * signed in) and the sign-in screen.
 */
export function KioskPage() {
  const { state } = useSession();
  const navigate = useNavigate();
  useEffect(() => onKioskTokenLost(() => void navigate('/kiosk/pair?revoked=1', { replace: true })), [navigate]);
  if (hostWindow() !== 'kiosk') {
    if (state.status === 'loading') return <KioskLoading />;
    if (state.status === 'ready' && state.whoami.role === 'anonymous') {
      // The station did not recognise this tablet's token: it was unpaired on the PC.
      if (kioskTokenInUse()) forgetKioskToken();
      if (kioskTokenRefused()) return <Navigate to="/kiosk/pair?revoked=1" replace />;
      return <Navigate to="/kiosk/pair" replace />;
    }
  }
  return <KioskScreen />;
}

function KioskLoading() {
  return (
    <Flex align="center" justify="center" className="kiosk" data-testid="kiosk-page">
      <Spin size="large" />
    </Flex>
  );
}

function KioskScreen() {
  const { t } = useTranslation();
  const { state: sessionState } = useSession();
  const { language, setLanguage } = useLanguage();
  const [params] = useSearchParams();
  const [kiosk, setKiosk] = useState<KioskState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(() => params.get('session') ?? storedSession());
  const [view, setView] = useState<View>({ kind: 'ready' });
  const [mode, setMode] = useState<'in' | 'out'>('in');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState(() => queue.size);
  const [trainerOpen, setTrainerOpen] = useState(false);
  const [camera, setCamera] = useState(false);
  // The trainer's corner: locked by a PIN when any account has one.
  const [trainers, setTrainers] = useState<{ accountId: string; displayName: string }[] | null>(null);
  const [unlock, setUnlock] = useState<{ token: string; name: string } | null>(null);
  const [panelBusy, setPanelBusy] = useState(false);
  const [panelError, setPanelError] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const lastUnknownId = useRef('');
  const input = useRef<HTMLInputElement>(null);
  const gate = useRef(new EnterGate());
  const inflight = useRef(0);
  const backTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const homeLanguage: Language = sessionState.status === 'ready' && isLanguage(sessionState.info.language) ? sessionState.info.language : language;

  const load = useCallback(async (id: string | null) => {
    const r = await call('kiosk.state', id ? { sessionId: id } : {});
    if (!r.ok) {
      if (isNetworkFailure(r.error)) return; // keep showing what we had; the queue keeps scans
      if (id && (r.error.code === 'not_found' || r.error.code === 'invalid_input' || r.error.code === 'forbidden')) {
        storeSession(null);
        setSessionId(null);
        return;
      }
      setLoadError(r.error.code);
      return;
    }
    setLoadError(null);
    const s = r.value.session;
    // A session that has ended is no longer this kiosk's: go back to choosing.
    if (id && s && (s.state === 'closed' || s.state === 'cancelled')) {
      storeSession(null);
      setSessionId(null);
    }
    setKiosk(r.value);
  }, []);

  useEffect(() => {
    void load(sessionId);
    const timer = setInterval(() => void load(sessionId), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, sessionId]);

  // Live: the room's count and the session's state, from the station's events.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribe((e) => {
      if (e.type !== 'attendance.changed' && e.type !== 'sessions.changed' && e.type !== 'station.changed') return;
      if (timer) clearTimeout(timer);
      // Each answer carries the count already; this catches other tablets and session changes.
      timer = setTimeout(() => void load(sessionId), 1000);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [load, sessionId]);

  useEffect(() => {
    void cameraAvailable().then(setCamera);
  }, []);

  const session = kiosk?.session ?? null;

  // --- the offline queue -------------------------------------------------------
  const flush = useCallback(async () => {
    if (queue.size === 0) return;
    const report = await queue.flush(deliver);
    setPending(report.remaining);
    const last = report.delivered.at(-1);
    if (last) setKiosk((k) => (k?.session ? { ...k, session: { ...k.session, presentCount: last.answer.presentCount } } : k));
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    void flush();
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [flush]);

  // --- focus: the hidden scanner field always has it, except while the trainer's panel is open ---
  const refocus = useCallback(() => {
    if (!trainerOpen) input.current?.focus({ preventScroll: true });
  }, [trainerOpen]);
  useEffect(() => {
    refocus();
  }, [refocus, view]);

  const backToReady = useCallback(() => {
    if (backTimer.current) clearTimeout(backTimer.current);
    backTimer.current = null;
    setView({ kind: 'ready' });
  }, []);

  useEffect(
    () => () => {
      if (backTimer.current) clearTimeout(backTimer.current);
      if (idleTimer.current) clearTimeout(idleTimer.current);
    },
    [],
  );

  const touchLanguage = useCallback(() => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => {
      if (i18n.language !== homeLanguage) void setLanguage(homeLanguage, { remember: false, station: false });
    }, LANGUAGE_IDLE_MS);
  }, [homeLanguage, setLanguage]);

  const show = useCallback(
    (outcome: KioskAnswerKind, answer: ScanAnswer | null, scan: QueuedScan | null) => {
      const p = presentationOf(outcome);
      const lang = answer?.worker?.language ?? (isLanguage(i18n.language) ? i18n.language : language);
      // An unknown ID card: the trainer may register the person, with the number already filled in.
      // Personal data: kept in memory only, and only for two minutes.
      if (outcome === 'unknown_code' && scan?.code && looksLikeIdNumber(scan.code)) {
        const code = scan.code;
        lastUnknownId.current = code;
        setTimeout(() => {
          if (lastUnknownId.current === code) lastUnknownId.current = '';
        }, 120_000);
      }
      setView({ kind: 'answer', outcome, answer, language: lang, scan });
      playSound(p.sound);
      if (p.speak && answer?.worker) speakName(answer.worker.name, lang);
      if (backTimer.current) clearTimeout(backTimer.current);
      backTimer.current = setTimeout(backToReady, p.holdMs ?? ABANDONED_AFTER_MS);
      touchLanguage();
    },
    [backToReady, language, touchLanguage],
  );

  const submit = useCallback(
    async (what: { code?: string; workerId?: string; method: QueuedScan['method']; ack?: boolean }) => {
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
      };
      inflight.current += 1;
      setBusy(true);
      try {
        // Scans kept offline go first, so a sign-out never overtakes its sign-in.
        if (queue.size > 0) await flush();
        const keep = () => {
          queue.add(scan);
          setPending(queue.size);
          show('pending', null, scan);
        };
        if (queue.size > 0) return keep();
        const { clientAt: _clientAt, ...live } = scan;
        const r = await call('kiosk.scan', live);
        if (r.ok) {
          setKiosk((k) => (k?.session ? { ...k, session: { ...k.session, presentCount: r.value.presentCount } } : k));
          return show(r.value.outcome, r.value, scan);
        }
        if (isNetworkFailure(r.error) || r.error.code === 'unauthenticated') return keep();
        if (r.error.code === 'not_found') {
          storeSession(null);
          setSessionId(null);
        }
        show('unknown_code', null, scan);
      } finally {
        inflight.current -= 1;
        if (inflight.current === 0) setBusy(false);
      }
    },
    [flush, mode, session, show],
  );

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

  const onDigitKey = (key: string) => setView((v) => (v.kind === 'keypad' ? { ...v, digits: pressKey(v.digits, key) } : v));
  const onDigitsSubmit = () => {
    if (view.kind === 'keypad' && !busy) void submit({ code: view.digits, method: 'id_digits' });
  };
  const onCameraCode = useCallback((code: string) => void submit({ code, method: 'qr' }), [submit]);

  const answerT = useMemo(() => (view.kind === 'answer' ? i18n.getFixedT(view.language) : null), [view]);

  const pickSession = (id: string) => {
    storeSession(id);
    setSessionId(id);
    setTrainerOpen(false);
    setUnlock(null);
    backToReady();
  };

  const acknowledge = () => {
    if (busy || view.kind !== 'answer' || !view.scan) return;
    const { code, workerId, method } = view.scan;
    // The same scan again, acknowledged, under a new idempotency key (the first one has its answer).
    void submit({ ...(workerId ? { workerId } : code !== undefined ? { code } : {}), method, ack: true });
  };

  const pick = (workerId: string) => {
    if (!busy) void submit({ workerId, method: 'id_digits' });
  };

  const openTrainer = async () => {
    setTrainerOpen(true);
    setPanelError(null);
    setTrainers(null);
    const r = await call('kiosk.trainers', {});
    setTrainers(r.ok ? r.value : []);
  };
  const closeTrainer = () => {
    setTrainerOpen(false);
    setUnlock(null);
    setRegistering(false);
    setPanelError(null);
  };
  const describe = (error: Parameters<typeof errorMessage>[0]) => {
    const reason = (error.details?.reasons as { reason?: unknown }[] | undefined)?.[0]?.reason;
    const m = errorMessage(error);
    return typeof reason === 'string' ? t(reason, { defaultValue: t(m.key, m.vars ?? {}) }) : t(m.key, m.vars ?? {});
  };
  const tryUnlock = async (accountId: string, pin: string) => {
    setPanelBusy(true);
    setPanelError(null);
    const r = await call('kiosk.unlock', { accountId, pin });
    setPanelBusy(false);
    if (!r.ok) return setPanelError(r.error.code === 'unauthenticated' ? t('kioskui.unlock.wrong') : describe(r.error));
    setUnlock({ token: r.value.unlockToken, name: r.value.displayName });
  };
  const register = async (v: Newcomer) => {
    if (!unlock || !session) return;
    setPanelBusy(true);
    setPanelError(null);
    const r = await call('kiosk.register', {
      unlockToken: unlock.token,
      sessionId: session.id,
      name: v.name,
      idType: 'resident',
      idNumber: v.idNumber,
      tradeId: null,
      idempotencyKey: newIdempotencyKey(),
    });
    setPanelBusy(false);
    if (!r.ok) return setPanelError(describe(r.error));
    lastUnknownId.current = '';
    closeTrainer();
    setKiosk((k) => (k?.session ? { ...k, session: { ...k.session, presentCount: r.value.presentCount } } : k));
    show(r.value.outcome, r.value, null);
  };
  const leaveKiosk = async () => {
    if (!unlock) return;
    const r = await closeKioskWindow(unlock.token);
    if (!r.ok) setPanelError(describe(r.error));
  };
  const locked = trainers === null || (trainers.length > 0 && unlock === null);

  const stationName = kiosk?.stationName ?? (sessionState.status === 'ready' ? (sessionState.info.stationName ?? '') : '');

  let body: ReactNode;
  if (!kiosk) {
    body = loadError ? <div className="kiosk-headline">{t('kiosk.notReady')}</div> : <Spin size="large" />;
  } else if (!session) {
    body = <KioskSessionPicker choices={kiosk.choices} onPick={pickSession} />;
  } else if (view.kind === 'answer' && answerT) {
    body = (
      <KioskAnswer
        kind={view.outcome}
        answer={view.answer}
        language={view.language}
        t={answerT}
        pendingCount={pending}
        busy={busy}
        onPick={pick}
        onAcknowledge={acknowledge}
        onDismiss={backToReady}
      />
    );
  } else if (view.kind === 'keypad') {
    body = <KioskKeypad digits={view.digits} busy={busy} onKey={onDigitKey} onSubmit={onDigitsSubmit} onCancel={backToReady} />;
  } else if (view.kind === 'camera') {
    body = <KioskCamera onCode={onCameraCode} onClose={backToReady} />;
  } else {
    const closed = session.state === 'closed' || session.state === 'cancelled';
    body = (
      <section className="kiosk-ready" data-testid="kiosk-ready">
        <div className={`kiosk-ready-icon kiosk-mode-${mode}`} aria-hidden>
          {busy ? <Spin size="large" /> : <ScanOutlined className="kiosk-scan-glyph" />}
        </div>
        <h1 className="kiosk-ready-title">{closed ? t('kioskui.ready.closed') : t(mode === 'in' ? 'kioskui.ready.scanIn' : 'kioskui.ready.scanOut')}</h1>
        <p className="kiosk-ready-help">{t('kioskui.ready.help')}</p>
        <div className="kiosk-ready-actions">
          <Button className="kiosk-big-button" onMouseDown={(e) => e.preventDefault()} onClick={() => setView({ kind: 'keypad', digits: '' })} data-testid="kiosk-open-keypad">
            {t('kioskui.ready.keypad')}
          </Button>
          {camera && (
            <Button className="kiosk-big-button" onMouseDown={(e) => e.preventDefault()} onClick={() => setView({ kind: 'camera' })} data-testid="kiosk-open-camera">
              {t('kioskui.ready.camera')}
            </Button>
          )}
        </div>
      </section>
    );
  }

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
      <KioskHeader stationName={stationName} session={session} mode={mode} pendingCount={pending} />
      <main className="kiosk-body">{body}</main>
      <footer className="kiosk-footer">
        <KioskLanguages
          value={language}
          onChange={(lang) => {
            void setLanguage(lang, { remember: false, station: false });
            touchLanguage();
          }}
        />
        <Badge dot={pending > 0} offset={[-4, 4]}>
          <Button
            className="kiosk-trainer-button"
            type="text"
            icon={<SettingOutlined />}
            aria-label={t('kioskui.trainer.open')}
            data-testid="kiosk-trainer-button"
            onClick={() => void openTrainer()}
          />
        </Badge>
      </footer>
      <Modal
        open={trainerOpen}
        title={t('kioskui.trainer.title')}
        onCancel={closeTrainer}
        footer={null}
        afterClose={refocus}
        destroyOnHidden
      >
        {trainers === null ? (
          <Spin />
        ) : locked ? (
          <TrainerUnlock trainers={trainers} busy={panelBusy} error={panelError} onUnlock={(id, pin) => void tryUnlock(id, pin)} />
        ) : registering ? (
          <RegisterForm initialIdNumber={lastUnknownId.current} busy={panelBusy} error={panelError} onSubmit={(v) => void register(v)} onCancel={() => setRegistering(false)} />
        ) : (
        <Flex vertical gap={16}>
          {unlock && <div className="kiosk-trainer-hint">{t('kioskui.unlock.as', { name: unlock.name })}</div>}
          <div>
            <div className="kiosk-trainer-label">{t('kioskui.trainer.mode')}</div>
            <Segmented
              block
              size="large"
              value={mode}
              data-testid="kiosk-mode-switch"
              options={[
                { value: 'in', label: t('kioskui.mode.in') },
                { value: 'out', label: t('kioskui.mode.out') },
              ]}
              onChange={(v) => {
                setMode(v === 'out' ? 'out' : 'in');
                closeTrainer();
              }}
            />
            {mode === 'in' && kiosk?.signOutRequired && <div className="kiosk-trainer-hint">{t('kioskui.trainer.signOutHint')}</div>}
          </div>
          {kiosk && kiosk.choices.length > 0 && (
            <div>
              <div className="kiosk-trainer-label">{t('kioskui.trainer.session')}</div>
              <Flex vertical gap={8}>
                {kiosk.choices.map((s) => (
                  <Button key={s.id} type={s.id === session?.id ? 'primary' : 'default'} onClick={() => pickSession(s.id)}>
                    {s.startsAt.slice(11, 16)} {s.title}
                  </Button>
                ))}
              </Flex>
            </div>
          )}
          {pending > 0 && (
            <Button onClick={() => void flush()} data-testid="kiosk-send-pending">
              {t('kioskui.trainer.sendPending', { count: pending })}
            </Button>
          )}
          {unlock && session && (
            <Button onClick={() => { setPanelError(null); setRegistering(true); }} data-testid="kiosk-register-open">
              {t('kioskui.register.open')}
            </Button>
          )}
          {unlock && hostWindow() === 'kiosk' && (
            <Button danger onClick={() => void leaveKiosk()}>
              {t('kioskui.trainer.leave')}
            </Button>
          )}
          {!unlock && <div className="kiosk-trainer-hint">{t('kioskui.unlock.noPins')}</div>}
          {panelError && <div className="kiosk-trainer-hint">{panelError}</div>}
        </Flex>
        )}
      </Modal>
    </div>
  );
}
