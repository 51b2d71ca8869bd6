import { Alert, Button, Flex, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A trainer unlocks the kiosk's settings with their PIN: pick your name, type the digits. */
export function TrainerUnlock({ trainers, busy, error, onUnlock }: { trainers: { accountId: string; displayName: string }[]; busy: boolean; error: string | null; onUnlock(accountId: string, pin: string): void }) {
  const { t } = useTranslation();
  const [accountId, setAccountId] = useState(trainers[0]?.accountId ?? '');
  const [pin, setPin] = useState('');
  const ready = accountId !== '' && /^\d{4,8}$/.test(pin);
  return (
    <Flex vertical gap={12} data-testid="kiosk-unlock">
      <div>{t('kioskui.unlock.help')}</div>
      <Segmented
        block
        size="large"
        value={accountId}
        onChange={(v) => setAccountId(String(v))}
        options={trainers.map((tr) => ({ value: tr.accountId, label: tr.displayName }))}
      />
      <Input.Password
        size="large"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={pin}
        placeholder={t('kioskui.unlock.pin')}
        aria-label={t('kioskui.unlock.pin')}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
        onPressEnter={() => ready && onUnlock(accountId, pin)}
        data-testid="kiosk-unlock-pin"
      />
      {error && <Alert type="error" showIcon title={error} />}
      <Button type="primary" size="large" disabled={!ready} loading={busy} onClick={() => onUnlock(accountId, pin)} data-testid="kiosk-unlock-submit">
        {t('kioskui.unlock.submit')}
      </Button>
    </Flex>
  );
}
