import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../state/session';

/**
 * Technical facts for whoever supports the station (the app and database versions). They used to sit on
 * the home page, where a clerk read "数据库结构版本 16" every morning without a use for it.
 */
export function AboutPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status !== 'ready') return null;
  const { info } = state;
  return (
    <Flex vertical gap={16} data-testid="about-page">
      <Typography.Title level={2} className="page-title">
        {t('about.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('about.intro')}</Typography.Paragraph>
      <Card>
        <Descriptions
          column={1}
          bordered
          size="middle"
          items={[
            { key: 'product', label: t('about.product'), children: <bdi>{t('app.name')}</bdi> },
            { key: 'version', label: t('home.appVersion'), children: <span data-testid="app-version" dir="ltr">{info.version}</span> },
            { key: 'schema', label: t('home.schemaVersion'), children: <span data-testid="schema-version" dir="ltr">{info.schemaVersion}</span> },
          ]}
        />
      </Card>
    </Flex>
  );
}
