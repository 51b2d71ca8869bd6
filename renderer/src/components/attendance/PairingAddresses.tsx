import { Alert, Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PairingAddresses as Addresses } from '../../../../shared/contract/attendance-types';

/** `http://ADDR:PORT` for each LAN address, when a host listens on the network; else none. */
export function tabletOrigins(info: Addresses | null): { origin: string; interfaceName: string }[] {
  if (!info || !info.allowTablets || !info.listeningOnLan || info.port === null) return [];
  const port = info.port;
  return info.addresses.map((a) => ({ origin: `http://${a.address}${port === 80 ? '' : `:${port}`}`, interfaceName: a.interfaceName }));
}

/** Whether tablets can reach this PC, and the addresses to give them (one chosen for the QR code). */
export function PairingAddresses({
  info,
  chosen,
  onChoose,
  isAdmin,
}: {
  info: Addresses | null;
  chosen: string | null;
  onChoose(origin: string): void;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  if (!info) return null;
  const origins = tabletOrigins(info);
  return (
    <Flex vertical gap={12} data-testid="pairing-addresses">
      {!info.allowTablets ? (
        <Alert
          type="warning"
          showIcon
          data-testid="pairing-tablets-off"
          title={t('trustui.pairing.tabletsOff')}
          description={isAdmin ? <Link to="/settings">{t('trustui.pairing.openSettings')}</Link> : t('trustui.pairing.askAdmin')}
        />
      ) : !info.listeningOnLan ? (
        <Alert type="warning" showIcon data-testid="pairing-not-on-lan" title={t('trustui.pairing.notOnLan')} />
      ) : info.addresses.length === 0 ? (
        <Alert type="warning" showIcon data-testid="pairing-no-address" title={t('trustui.pairing.noAddress')} />
      ) : (
        <>
          <Typography.Text type="secondary">{t('trustui.pairing.intro')}</Typography.Text>
          {origins.length > 1 ? <Typography.Text type="secondary">{t('trustui.pairing.several')}</Typography.Text> : null}
          <Radio.Group
            value={chosen}
            onChange={(e) => onChoose(e.target.value as string)}
            aria-label={t('trustui.pairing.chooseAddress')}
            data-testid="pairing-address-choice"
          >
            <Flex vertical gap={8}>
              {origins.map((o) => (
                <Radio key={o.origin} value={o.origin}>
                  <span data-testid="pairing-address">
                    <span dir="ltr" className="pairing-address">
                      {o.origin}/kiosk
                    </span>{' '}
                    <Typography.Text type="secondary">{t('trustui.pairing.interface', { name: o.interfaceName })}</Typography.Text>
                  </span>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </>
      )}
    </Flex>
  );
}
