import { useCallback, useEffect, useState } from 'react';
import type { KioskState } from '../../../shared/contract/attendance-types';
import { call, subscribe } from '../api/client';
import { isNetworkFailure } from '../api/errors';
import { prefetchedState, takePrefetch } from './prefetch';

/** The session a trainer picked at this kiosk, kept across reloads (a session id is not personal data). */
const SESSION_KEY = 'station.kioskSession';
/** The last state the station sent (session, counts, station name: no worker's data), for a tablet that restarts offline. */
const STATE_KEY = 'station.kioskState';
/** A kept state older than this is not shown (yesterday's session is not today's). */
const KEPT_STATE_MS = 12 * 60 * 60 * 1000;
const REFRESH_MS = 60_000;

function keepState(state: KioskState): void {
  try {
    localStorage.setItem(STATE_KEY, JSON.stringify({ at: Date.now(), state }));
  } catch {
    // Storage full or disabled: a restart offline shows the spinner until the station answers.
  }
}

/** What the station last said, for the same session, when the network is down at start. */
function keptState(sessionId: string | null): KioskState | null {
  try {
    const kept = JSON.parse(localStorage.getItem(STATE_KEY) ?? 'null') as { at: number; state: KioskState } | null;
    if (!kept || Date.now() - kept.at > KEPT_STATE_MS) return null;
    const session = kept.state.session;
    if (!session || (sessionId && session.id !== sessionId) || session.state === 'closed' || session.state === 'cancelled') return null;
    return kept.state;
  } catch {
    return null;
  }
}

/** The session the kiosk starts with: the address's ?session=, else the one picked here before. */
export function initialSessionId(search: string): string | null {
  return new URLSearchParams(search).get('session') ?? storedSession();
}

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

/**
 * Whether a fresh answer shows the same as the one on screen (the station's clock aside). The state is
 * read again a second after every sign-in, this tablet's own included: an answer that changes nothing
 * must not re-render the page while the next worker scans.
 */
export function sameKioskState(a: KioskState | null, b: KioskState): boolean {
  if (!a) return false;
  const { serverTime: _a, ...left } = a;
  const { serverTime: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

export interface KioskStateApi {
  kiosk: KioskState | null;
  loadError: string | null;
  /** The session this kiosk shows, when one is chosen or only one is open. */
  sessionId: string | null;
  pickSession(id: string | null): void;
  /** The room's count from a scan's answer, without asking the station again. */
  setPresent(count: number): void;
}

/**
 * What the kiosk shows above the scans: the station, the session and its count. Read at start, every
 * minute, and a second after the station says attendance or sessions changed (other tablets, the PC).
 */
export function useKioskState(initialSession: string | null, onUnauthenticated: () => boolean): KioskStateApi {
  const [sessionId, setSessionId] = useState<string | null>(() => initialSession ?? storedSession());
  // The answer prefetched while the page started, when it is already here: the first render is the ready screen.
  const [kiosk, setKiosk] = useState<KioskState | null>(() => {
    const first = prefetchedState(sessionId);
    return first?.ok && !(sessionId && first.value.session && (first.value.session.state === 'closed' || first.value.session.state === 'cancelled')) ? first.value : null;
  });
  const [loadError, setLoadError] = useState<string | null>(null);

  const pickSession = useCallback((id: string | null) => {
    storeSession(id);
    setSessionId(id);
  }, []);

  const load = useCallback(
    async (id: string | null): Promise<void> => {
      const r = await (takePrefetch(id) ?? call('kiosk.state', id ? { sessionId: id } : {}));
      if (!r.ok) {
        if (isNetworkFailure(r.error)) {
          // Keep showing what we had; a tablet restarted while the Wi-Fi is down shows what it had
          // before, so scans can still be taken (and queued).
          setKiosk((k) => k ?? keptState(id));
          return;
        }
        if (r.error.code === 'unauthenticated') {
          // A trainer's session ended here but the tablet is paired: ask again with the tablet's token.
          if (onUnauthenticated()) setTimeout(() => void load(id), 1000);
          return;
        }
        if (id && (r.error.code === 'not_found' || r.error.code === 'invalid_input' || r.error.code === 'forbidden')) return pickSession(null);
        setLoadError(r.error.code);
        return;
      }
      setLoadError(null);
      const s = r.value.session;
      // A session that has ended is no longer this kiosk's: go back to choosing.
      if (id && s && (s.state === 'closed' || s.state === 'cancelled')) pickSession(null);
      else if (s) keepState(r.value);
      setKiosk((k) => (sameKioskState(k, r.value) ? k : r.value));
    },
    [onUnauthenticated, pickSession],
  );

  useEffect(() => {
    void load(sessionId);
    const timer = setInterval(() => void load(sessionId), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, sessionId]);

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

  const setPresent = useCallback((count: number) => {
    setKiosk((k) => (k?.session && k.session.presentCount !== count ? { ...k, session: { ...k.session, presentCount: count } } : k));
  }, []);

  return { kiosk, loadError, sessionId, pickSession, setPresent };
}
