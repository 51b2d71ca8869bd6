import { App, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../shared/contract/records';
import { stationNow } from '../../../../shared/domain/time';
import type { SessionState } from '../../../../shared/domain/vocab';
import { call } from '../../api/client';
import { CloseSessionModal, type EndedAt } from '../../components/attendance/CloseSessionModal';
import { errorMessage } from '../../forms/errorText';
import { closesEarly } from '../../records/attendanceTimes';

/**
 * Asks before a state change, then makes it. A cancellation has its own dialog: it needs a reason. Closing
 * an open session before its scheduled end asks whether it ended now or counts to the scheduled end.
 * Returns the asking function and the dialogs to render.
 */
export function useSessionState(onChanged: (s: TrainingSession) => void): { ask(s: TrainingSession, to: SessionState): void; dialog: ReactNode } {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const [cancelling, setCancelling] = useState<TrainingSession | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [closingEarly, setClosingEarly] = useState<{ session: TrainingSession; now: string } | null>(null);

  const change = async (session: TrainingSession, to: SessionState, why?: string, endedAt?: EndedAt) => {
    const r = await call('sessions.setState', { sessionId: session.id, state: to, reason: why, ...(endedAt ? { endedAt } : {}) });
    if (!r.ok) {
      void message.error(t(errorMessage(r.error).key));
      return false;
    }
    onChanged(r.value);
    return true;
  };

  const ask = (session: TrainingSession, to: SessionState) => {
    if (to === 'cancelled') {
      setReason('');
      setCancelling(session);
      return;
    }
    const now = stationNow(new Date());
    if (to === 'closed' && closesEarly(session, now)) {
      setClosingEarly({ session, now });
      return;
    }
    modal.confirm({
      title: t(`sessionPage.confirm.${to}`, { title: session.title }),
      okText: t('rec.confirm'),
      cancelText: t('rec.cancel'),
      onOk: () => change(session, to),
    });
  };

  const confirmCancel = async () => {
    if (!cancelling || !reason.trim()) return;
    setBusy(true);
    const ok = await change(cancelling, 'cancelled', reason.trim());
    setBusy(false);
    if (ok) setCancelling(null);
  };

  const closeEarly = async (endedAt: EndedAt | undefined) => {
    if (!closingEarly) return;
    setBusy(true);
    const ok = await change(closingEarly.session, 'closed', undefined, endedAt);
    setBusy(false);
    if (ok) setClosingEarly(null);
  };

  const dialog = (
    <>
      <Modal
        open={cancelling !== null}
        title={cancelling ? t('sessionPage.confirm.cancelled', { title: cancelling.title }) : ''}
        okText={t('sessionPage.action.cancel')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        cancelText={t('rec.back')}
        confirmLoading={busy}
        onOk={() => void confirmCancel()}
        onCancel={() => setCancelling(null)}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={() => void confirmCancel()}>
          <Form.Item label={t('sessionPage.cancelReason')} required>
            <Input autoFocus maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="cancel-reason" />
          </Form.Item>
        </Form>
      </Modal>
      <CloseSessionModal
        open={closingEarly !== null}
        title={closingEarly ? t('sessionPage.confirm.closed', { title: closingEarly.session.title }) : ''}
        early
        now={closingEarly?.now.slice(11, 16) ?? ''}
        scheduledEnd={closingEarly?.session.endsAt.slice(11, 16) ?? ''}
        busy={busy}
        onClose={(endedAt) => void closeEarly(endedAt)}
        onCancel={() => setClosingEarly(null)}
      />
    </>
  );
  return { ask, dialog };
}
