import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingSession } from '../../../../../shared/contract/records';
import type { SessionState } from '../../../../../shared/domain/vocab';
import { STATE_ACTIONS } from '../../../records/sessionTimes';
import { SessionStateTag } from '../SessionStateTag';

/** The form's title row: back, the session's name and state, its state changes and the sign-in sheet. */
export function SessionHeader({
  session,
  creating,
  onBack,
  onState,
  onPrint,
}: {
  session: TrainingSession | null;
  creating: boolean;
  onBack(): void;
  onState(session: TrainingSession, to: SessionState): void;
  onPrint(session: TrainingSession): void;
}) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={12} wrap>
      <Button icon={<ArrowLeftOutlined className="flip-rtl" />} onClick={onBack} aria-label={t('rec.back')} />
      <Typography.Title level={2} className="page-title">
        {creating ? t('sessionPage.new') : (session?.title ?? '')}
      </Typography.Title>
      {session ? <SessionStateTag state={session.state} /> : null}
      {session?.seriesId ? <Tag>{t('sessionPage.series')}</Tag> : null}
      <Flex gap={8} className="title-actions">
        {session
          ? STATE_ACTIONS[session.state].map((a) => (
              <Button key={a.to} danger={a.to === 'cancelled'} onClick={() => onState(session, a.to)} data-testid={`session-${a.to}`}>
                {t(a.labelKey)}
              </Button>
            ))
          : null}
        {session ? (
          <Button icon={<PrinterOutlined />} onClick={() => onPrint(session)} data-testid="session-sign-in-sheet">
            {t('print.button.signInSheet')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
}
