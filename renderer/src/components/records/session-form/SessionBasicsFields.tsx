import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Trade, Trainer, VocabItem } from '../../../../../shared/contract/records';
import { NATIONAL_TRAINING_TYPES, SKILL_LEVELS } from '../../../../../shared/domain/vocab';
import { vocabOptions } from '../../../records/vocab';
import { useTradeName } from '../../../records/useTradeName';

/** What the session is: title, category, national type, trainers, trades, level. */
export function SessionBasicsFields({
  categories,
  trainers,
  trades,
}: {
  categories: readonly VocabItem[];
  trainers: Pick<Trainer, 'id' | 'name'>[];
  trades: Pick<Trade, 'id' | 'name'>[];
}) {
  const { t } = useTranslation();
  const { trade: tradeName } = useTradeName();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="title" label={t('sessionPage.titleField')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
          <Input autoFocus maxLength={100} data-testid="session-title" />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="category" label={t('sessionPage.category')}>
          <Select options={vocabOptions(t, 'category', categories)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="nationalType" label={t('sessionPage.nationalType')}>
          <Select allowClear options={NATIONAL_TRAINING_TYPES.map((c) => ({ value: c, label: t(`nationalType.${c}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="trainerIds" label={t('sessionPage.trainers')}>
          <Select mode="multiple" showSearch optionFilterProp="label" options={trainers.map((tr) => ({ value: tr.id, label: tr.name }))} data-testid="session-trainers" />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="tradeIds" label={t('sessionPage.trades')}>
          <Select mode="multiple" showSearch optionFilterProp="label" maxTagCount="responsive" options={trades.map((tr) => ({ value: tr.id, label: tradeName(tr.name) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="skillLevel" label={t('sessionPage.skillLevel')}>
          <Select allowClear options={SKILL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
