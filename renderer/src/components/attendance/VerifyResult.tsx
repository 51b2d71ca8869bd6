import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainCheck } from '../../../../shared/contract/attendance-types';

/** The record check's verdict: every event's hash holds, or the first one that does not and why. */
export function VerifyResult({ check }: { check: ChainCheck }) {
  const { t } = useTranslation();
  if (check.ok)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="verify-result"
        title={t('kioskui.verify.ok', { count: check.events })}
        description={check.head ? t('kioskui.verify.head', { head: check.head.slice(0, 16) }) : undefined}
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      data-testid="verify-result"
      title={t('kioskui.verify.bad', { seq: check.firstBad?.seq ?? '?' })}
      description={check.firstBad ? t('kioskui.verify.problem', { problem: check.firstBad.problem, session: check.firstBad.sessionId }) : undefined}
    />
  );
}
