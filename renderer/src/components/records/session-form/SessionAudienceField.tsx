import { Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Audience, Trade } from '../../../../../shared/contract/records';
import { DateInput } from '../../../forms/DateInput';
import { useTradeName } from '../../../records/useTradeName';

/** Who the session is for: everyone, one team, one trade, or workers new since a date. */
export function SessionAudienceField({ kind, trades }: { kind: Audience['kind']; trades: Pick<Trade, 'id' | 'name'>[] }) {
  const { t } = useTranslation();
  const { trade: tradeName } = useTradeName();
  return (
    <Form.Item label={t('sessionPage.audience')}>
      <Flex gap={8} wrap align="center">
        <Form.Item name="audienceKind" noStyle>
          <Select className="filter-select" options={(['all', 'team', 'trade', 'new_since'] as const).map((k) => ({ value: k, label: t(`sessionPage.audience.${k}`) }))} />
        </Form.Item>
        {kind === 'team' ? (
          <Form.Item name="audienceTeam" noStyle rules={[{ required: true, message: t('field.required') }]}>
            <Input className="filter-select" maxLength={50} placeholder={t('workerForm.team')} />
          </Form.Item>
        ) : null}
        {kind === 'trade' ? (
          <Form.Item name="audienceTrade" noStyle>
            <Select className="filter-select" showSearch optionFilterProp="label" options={trades.map((tr) => ({ value: tr.id, label: tradeName(tr.name) }))} />
          </Form.Item>
        ) : null}
        {kind === 'new_since' ? (
          <Form.Item name="audienceSince" noStyle>
            <DateInput />
          </Form.Item>
        ) : null}
      </Flex>
    </Form.Item>
  );
}
