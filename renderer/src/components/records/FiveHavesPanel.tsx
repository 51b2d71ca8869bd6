import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FiveHavesItem } from '../../../../shared/contract/records';

interface Props {
  items: FiveHavesItem[] | null;
}

/** Seed 004's five standards, each met or not, with the reasons the core gives (as i18n keys). */
export function FiveHavesPanel({ items }: Props) {
  const { t } = useTranslation();
  const met = items?.filter((i) => i.met).length ?? 0;
  return (
    <Card
      title={t('fiveHaves.title')}
      extra={items ? <Tag color={met === 5 ? 'success' : 'warning'}>{t('stationPage.fiveHavesScore', { met, total: items.length })}</Tag> : null}
      loading={items === null}
      data-testid="five-haves"
    >
      <List
        dataSource={items ?? []}
        renderItem={(item) => (
          <List.Item data-testid={`five-haves-${item.key}`} data-met={item.met ? 'yes' : 'no'}>
            <List.Item.Meta
              avatar={
                item.met ? (
                  <CheckCircleFilled className="five-haves-icon met" />
                ) : (
                  <CloseCircleFilled className="five-haves-icon unmet" />
                )
              }
              title={
                <span>
                  {t(`fiveHaves.${item.key}`)}{' '}
                  <Typography.Text type={item.met ? 'success' : 'danger'}>
                    {item.met ? t('stationPage.met') : t('stationPage.notMet')}
                  </Typography.Text>
                </span>
              }
              description={item.reasons.map((r) => t(r.key, r.params ?? {})).join(t('stationPage.listSeparator'))}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
