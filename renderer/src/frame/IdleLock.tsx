import { useLocalisedForm } from '../forms/useLocalisedForm';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call, subscribe } from '../api/client';
import { BrandMark } from '../components/BrandMark';
import { errorMessage } from '../forms/errorText';
import { useSession } from '../state/session';
import '../pages/trust/trust.css';
import { ACTIVITY_EVENTS, idleTimeoutMs, readLocked, readOverride, writeLocked } from './idle';

const DEFAULT_MINUTES = 10;

/**
 * Locks the admin screens after a while without input (a site office PC is often left signed in):
 * an opaque screen over the page, which stays mounted underneath so unsaved work is kept, and asks the
 * signed-in account's password again. The kiosk is outside this frame and never locks.
 */
export function IdleLock({ children }: { children: ReactNode }) {
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const [locked, setLocked] = useState(readLocked);
  const last = useRef(Date.now());

  useEffect(() => {
    const load = () =>
      void call('settings.get', {}).then((r) => {
        if (r.ok) setMinutes(r.value.idleLockMinutes);
      });
    load();
    return subscribe((e) => {
      if (e.type === 'settings.changed') load();
    });
  }, []);

  const lock = useCallback((next: boolean) => {
    writeLocked(next);
    last.current = Date.now();
    setLocked(next);
  }, []);

  useEffect(() => {
    if (locked) return;
    const timeout = idleTimeoutMs(minutes, readOverride());
    const seen = () => (last.current = Date.now());
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, seen, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= timeout) lock(true);
    }, Math.min(1000, timeout / 4));
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, seen, { capture: true });
      window.clearInterval(timer);
    };
  }, [locked, minutes, lock]);

  // Leaving the frame (signed out, session ended) ends the lock; a reload does not run this, so stays locked.
  useEffect(() => () => writeLocked(false), []);

  return (
    <>
      {/* Kept mounted (unsaved work survives) but not shown, and inert: nothing underneath can be seen,
          reached with Tab or read by a screen reader while locked. */}
      <div className={locked ? 'idle-lock-content idle-locked' : 'idle-lock-content'} inert={locked} aria-hidden={locked || undefined}>
        {children}
      </div>
      {locked ? <LockScreen minutes={minutes} onUnlocked={() => lock(false)} /> : null}
    </>
  );
}

function LockScreen({ minutes, onUnlocked }: { minutes: number; onUnlocked(): void }) {
  const { t } = useTranslation();
  const { state, signOut } = useSession();
  const [form] = useLocalisedForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const account = state.status === 'ready' ? state.whoami.account : null;

  const unlock = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    const r = await call('auth.unlock', { password });
    setBusy(false);
    if (r.ok) return onUnlocked();
    form.resetFields();
    const wrong = r.error.code === 'invalid_input' && r.error.details?.fields?.some((f) => f.path === 'password');
    if (wrong) return setError(t('trustui.lock.wrong'));
    const m = errorMessage(r.error);
    setError(t(m.key, m.vars ?? {}));
  };

  return (
    <Flex className="idle-lock" align="center" justify="center" role="dialog" aria-modal="true" aria-labelledby="idle-lock-title" data-testid="idle-lock">
      <Card className="idle-lock-card">
        <Flex vertical align="center" gap={8} className="idle-lock-head">
          <BrandMark size={48} />
          <Typography.Title level={3} id="idle-lock-title" className="page-title">
            <LockOutlined /> {t('trustui.lock.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="idle-lock-help">
            {t('trustui.lock.help', { minutes })}
          </Typography.Paragraph>
        </Flex>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void unlock(v)} disabled={busy}>
          {error ? <Alert type="error" showIcon title={error} className="form-alert" data-testid="idle-lock-error" /> : null}
          <Form.Item label={t('trustui.lock.account')}>
            <Typography.Text strong dir="auto" data-testid="idle-lock-account">
              {account ? `${account.displayName} (${account.username})` : ''}
            </Typography.Text>
          </Form.Item>
          <Form.Item name="password" label={t('trustui.lock.password')} rules={[{ required: true, message: t('field.required') }]}>
            <Input.Password autoFocus autoComplete="current-password" data-testid="idle-lock-password" />
          </Form.Item>
          <Flex gap={8} justify="space-between" wrap>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="idle-lock-unlock">
              {t('trustui.lock.unlock')}
            </Button>
            <Button type="link" onClick={() => void signOut()}>
              {t('trustui.lock.signOut')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
