import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskSession, ScanAnswer } from '../../../shared/contract/attendance-types';
import type { Language } from '../../../shared/i18n/languages';
import type { RpcError } from '../../../shared/contract/result';
import { call, closeKioskWindow } from '../api/client';
import { errorMessage } from '../forms/errorText';
import { newIdempotencyKey } from './ids';

export interface Newcomer {
  name: string;
  idNumber: string;
  language: Language;
}

/** The newcomer's notice, waiting for them to read it before the registration counts. */
export interface NewcomerNotice {
  newcomer: Newcomer;
  text: string;
  language: Language;
}

/**
 * The trainer's corner of the kiosk: unlock with a trainer's PIN, sign-in or sign-out
 * mode, the session, this kiosk's own language, kept scans, registering a newcomer, leaving the window.
 */
export function useTrainerCorner(session: KioskSession | null, onRegistered: (answer: ScanAnswer) => void) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [trainers, setTrainers] = useState<{ accountId: string; displayName: string }[] | null>(null);
  const [unlock, setUnlock] = useState<{ token: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<NewcomerNotice | null>(null);

  const describe = useCallback(
    (e: RpcError) => {
      const reason = (e.details?.reasons as { reason?: unknown }[] | undefined)?.[0]?.reason;
      const m = errorMessage(e);
      return typeof reason === 'string' ? t(reason, { defaultValue: t(m.key, m.vars ?? {}) }) : t(m.key, m.vars ?? {});
    },
    [t],
  );

  const openCorner = useCallback(async () => {
    setOpen(true);
    setError(null);
    setTrainers(null);
    const r = await call('kiosk.trainers', {});
    setTrainers(r.ok ? r.value : []);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    setUnlock(null);
    setRegistering(false);
    setNotice(null);
    setError(null);
  }, []);

  const tryUnlock = useCallback(
    async (accountId: string, pin: string) => {
      setBusy(true);
      setError(null);
      const r = await call('kiosk.unlock', { accountId, pin });
      setBusy(false);
      if (!r.ok) return setError(r.error.code === 'unauthenticated' ? t('kioskui.unlock.wrong') : describe(r.error));
      setUnlock({ token: r.value.unlockToken, name: r.value.displayName });
    },
    [describe, t],
  );

  /**
   * Registers a newcomer. The first try goes without the acknowledgement: when the session has a notice
   * the station answers `ack_required` with its text, which the newcomer reads; only their confirmation
   * sends `ack: true`.
   */
  const register = useCallback(
    async (newcomer: Newcomer, ack: boolean) => {
      if (!unlock || !session) return;
      setBusy(true);
      setError(null);
      const r = await call('kiosk.register', {
        unlockToken: unlock.token,
        sessionId: session.id,
        name: newcomer.name,
        idType: 'resident',
        idNumber: newcomer.idNumber,
        tradeId: null,
        idempotencyKey: newIdempotencyKey(),
        ack,
        language: newcomer.language,
      });
      setBusy(false);
      if (!r.ok) return setError(describe(r.error));
      if (r.value.outcome === 'ack_required' && !ack) {
        return setNotice({ newcomer, text: r.value.ackText ?? '', language: r.value.ackLanguage ?? newcomer.language });
      }
      close();
      onRegistered(r.value);
    },
    [close, describe, onRegistered, session, unlock],
  );

  const startRegistering = useCallback(() => {
    setError(null);
    setNotice(null);
    setRegistering(true);
  }, []);

  const stopRegistering = useCallback(() => {
    setError(null);
    setNotice(null);
    setRegistering(false);
  }, []);

  const leaveKiosk = useCallback(async () => {
    if (!unlock) return;
    const r = await closeKioskWindow(unlock.token);
    if (!r.ok) setError(describe(r.error));
  }, [describe, unlock]);

  // Always a PIN: with none set, the panel (sign-in or sign-out mode, the session, leaving the window)
  // stays closed rather than open to anyone at the door; the admin's screens say that no trainer has one.
  const locked = trainers === null || unlock === null;

  return { open, trainers, unlock, busy, error, registering, notice, locked, openCorner, close, tryUnlock, register, startRegistering, stopRegistering, leaveKiosk };
}

export type TrainerCorner = ReturnType<typeof useTrainerCorner>;
