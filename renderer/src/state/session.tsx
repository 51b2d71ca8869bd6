import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { RpcError } from '../../../shared/contract/result';
import type { AppInfo, Whoami } from '../../../shared/contract/types';
import { call, onSessionLost, subscribe, type CallResult } from '../api/client';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable'; error: RpcError }
  | { status: 'ready'; info: AppInfo; whoami: Whoami };

/** Why the last sign-out happened, for the sign-in screen to say. */
export type SignOutReason = 'passwordChanged';

interface SessionApi {
  state: SessionState;
  signOutReason: SignOutReason | null;
  /** Re-reads app.info and auth.whoami (after setup, sign-in, a rename...). */
  refresh(): Promise<void>;
  signIn(username: string, password: string): Promise<CallResult<'auth.signIn'>>;
  signOut(reason?: SignOutReason): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

const ANONYMOUS: Whoami = { role: 'anonymous', account: null };

/** Holds what every screen needs to know first: is the station set up, and who is at the keyboard. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Kept here, not in the router's location state: the redirect to sign-in happens as soon as the
  // session is gone, before the page that ended it could navigate with a message.
  const [signOutReason, setSignOutReason] = useState<SignOutReason | null>(null);

  const refresh = useCallback(async () => {
    const [info, whoami] = await Promise.all([call('app.info', {}), call('auth.whoami', {})]);
    if (!info.ok) return setState({ status: 'unreachable', error: info.error });
    setState({ status: 'ready', info: info.value, whoami: whoami.ok ? whoami.value : ANONYMOUS });
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A session ended elsewhere (expired, password changed on another screen) sends this screen to sign-in.
  useEffect(
    () =>
      onSessionLost(() =>
        setState((s) => (s.status === 'ready' ? { ...s, whoami: ANONYMOUS } : s)),
      ),
    [],
  );

  // Another screen renamed the station or changed its default language: show it here too.
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'station.changed' || event.type === 'settings.changed' || event.type === 'setup.done') void refresh();
      }),
    [refresh],
  );

  const signIn = useCallback(
    async (username: string, password: string) => {
      const result = await call('auth.signIn', { username, password });
      setSignOutReason(null);
      if (result.ok) await refresh();
      return result;
    },
    [refresh],
  );

  const signOut = useCallback(async (reason?: SignOutReason) => {
    setSignOutReason(reason ?? null);
    await call('auth.signOut', {});
    await refresh();
  }, [refresh]);

  const api = useMemo(() => ({ state, signOutReason, refresh, signIn, signOut }), [state, signOutReason, refresh, signIn, signOut]);
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}
