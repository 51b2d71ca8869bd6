import { Button, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { hostWindow } from '../api/client';
import { errorMessage } from '../forms/errorText';
import type { SignInLocationState } from '../pages/SignInPage';
import { useSession } from '../state/session';
import { ToKiosk } from './ToKiosk';

/** Which screens this route may show: setup only before setup, sign-in only when signed out. */
export type GateKind = 'setup' | 'signin' | 'admin';

function Loading() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" className="full-page">
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}

function Unreachable({ onRetry, detail }: { onRetry(): void; detail: string }) {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" className="full-page">
      <Result
        status="warning"
        title={t('common.unreachable')}
        subTitle={detail}
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    </Flex>
  );
}

/**
 * Decides, from app.info and auth.whoami, whether this route may show or where to go instead.
 * The Electron shell's kiosk window always lands on the kiosk.
 */
export function Gate({ kind, children }: { kind: GateKind; children: ReactNode }) {
  const { t } = useTranslation();
  const { state, refresh } = useSession();
  const location = useLocation();
  if (hostWindow() === 'kiosk') return <ToKiosk />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'unreachable') {
    const m = errorMessage(state.error);
    return <Unreachable onRetry={() => void refresh()} detail={t(m.key, m.vars ?? {})} />;
  }
  const { info, whoami } = state;
  if (info.needsSetup) return kind === 'setup' ? children : <Navigate to="/setup" replace />;
  if (kind === 'setup') return <Navigate to="/" replace />;
  const signedIn = whoami.role === 'admin' || whoami.role === 'trainer';
  if (kind === 'signin') return signedIn ? <Navigate to="/" replace /> : children;
  if (whoami.role === 'kiosk') return <ToKiosk />;
  if (!signedIn) {
    const from: SignInLocationState = { from: location.pathname };
    return <Navigate to="/signin" replace state={from} />;
  }
  return children;
}
