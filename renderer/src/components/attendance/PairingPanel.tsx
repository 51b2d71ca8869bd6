import { Alert, Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pairingUrl, secondsLeft } from '../../kiosk/pairing';

/** The one-time code in large digits, its QR code (where the tablet can reach this host) and the countdown. */
export function PairingPanel({ code, expiresAt, origin }: { code: string; expiresAt: string; origin: string | null }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    let live = true;
    setQr(null);
    if (origin) void QRCode.toDataURL(pairingUrl(origin, code), { margin: 1, width: 240, errorCorrectionLevel: 'M' }).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [code, origin]);
  const left = secondsLeft(expiresAt, now);
  const mm = String(Math.floor(left / 60));
  const ss = String(left % 60).padStart(2, '0');
  return (
    <Flex vertical align="center" gap={16} data-testid="pairing-panel">
      <Typography.Text className="pairing-help">{t('kioskui.devices.pairHelp')}</Typography.Text>
      <div className="pairing-code" dir="ltr" data-testid="pairing-code">
        {code}
      </div>
      {left > 0 ? (
        <Typography.Text type="secondary" data-testid="pairing-expiry">
          {t('kioskui.devices.expiresIn', { time: `${mm}:${ss}` })}
        </Typography.Text>
      ) : (
        <Alert type="warning" showIcon title={t('kioskui.devices.expired')} />
      )}
      {qr && left > 0 && (
        <Flex vertical align="center" gap={4}>
          <img src={qr} width={240} height={240} alt={t('kioskui.devices.qrAlt')} data-testid="pairing-qr" className="pairing-qr" />
          <Typography.Text type="secondary" className="pairing-url" dir="ltr">
            {origin}/kiosk/pair
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
