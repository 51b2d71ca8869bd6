import { Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IdCheck, Trade } from '../../../../shared/contract/records';
import { APPRENTICE_LEVELS, HIGH_RISK_POSTS, ID_TYPES, MANDARIN_LEVELS, SKILL_LEVELS, TRAINEE_GROUPS, WORKER_STATUSES } from '../../../../shared/domain/vocab';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../../shared/i18n/languages';
import { DateInput } from '../../forms/DateInput';
import { useTradeName } from '../../records/useTradeName';

export type IdCheckState = { kind: 'idle' } | { kind: 'checking' } | { kind: 'masked' } | { kind: 'done'; check: IdCheck };

interface Props {
  trades: Trade[];
  idCheck: IdCheckState;
  autoFocus: boolean;
  /** The mobile shown is masked (138****8000): say so under the field. */
  mobileMasked?: boolean;
}

function IdCheckLine({ state }: { state: IdCheckState }) {
  const { t } = useTranslation();
  if (state.kind === 'masked') return <Typography.Text type="secondary">{t('workerForm.idMaskedHelp')}</Typography.Text>;
  if (state.kind !== 'done') return <Typography.Text type="secondary">{t('workerForm.idHelp')}</Typography.Text>;
  const { check } = state;
  if (!check.valid)
    return (
      <Typography.Text type="danger" data-testid="id-check" data-valid="no">
        {check.reason ? t(check.reason) : t('field.invalid')}
      </Typography.Text>
    );
  const parts = [
    check.sex ? t(`workerForm.sex.${check.sex}`) : null,
    check.birthDate ? t('workerForm.bornOn', { date: check.birthDate }) : null,
  ].filter(Boolean);
  return (
    <Typography.Text type="success" data-testid="id-check" data-valid="yes">
      {t('workerForm.idValid')}
      {parts.length ? ` · ${parts.join(' · ')}` : ''}
    </Typography.Text>
  );
}

/** Every WorkerFields input, laid out for a wide screen; the container owns the form and the API. */
export function WorkerFormFields({ trades, idCheck, autoFocus, mobileMasked = false }: Props) {
  const { t } = useTranslation();
  const { trade: tradeName, category: tradeCategory } = useTradeName();
  const required = [{ required: true, whitespace: true, message: t('field.required') }];
  const idInvalid = idCheck.kind === 'done' && !idCheck.check.valid;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="name" label={t('workerForm.name')} rules={[...required, { max: 50, message: t('field.tooLong', { max: 50 }) }]}>
          <Input autoFocus={autoFocus} maxLength={60} autoComplete="off" data-testid="worker-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="mobile" label={t('workerForm.mobile')} extra={mobileMasked ? <Typography.Text type="secondary">{t('workerForm.mobileMaskedHelp')}</Typography.Text> : undefined}>
          <Input inputMode="tel" maxLength={20} autoComplete="off" data-testid="worker-mobile" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="idType" label={t('workerForm.idType')}>
          <Select options={ID_TYPES.map((v) => ({ value: v, label: t(`idType.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name="idNumber"
          label={t('workerForm.idNumber')}
          rules={required}
          validateStatus={idInvalid ? 'error' : undefined}
          extra={<IdCheckLine state={idCheck} />}
        >
          <Input maxLength={30} autoComplete="off" className="id-number" data-testid="worker-id-number" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="tradeId" label={t('workerForm.trade')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('workerForm.tradePlaceholder')}
            options={trades.map((tr) => ({ value: tr.id, label: tr.category ? `${tradeName(tr.name)} · ${tradeCategory(tr.category)}` : tradeName(tr.name) }))}
            data-testid="worker-trade"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="skillLevel" label={t('workerForm.skillLevel')}>
          <Select allowClear options={SKILL_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="employer" label={t('workerForm.employer')}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="team" label={t('workerForm.team')}>
          <Input maxLength={50} data-testid="worker-team" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="homeProvince" label={t('workerForm.homeProvince')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="homeCounty" label={t('workerForm.homeCounty')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="homeTownship" label={t('workerForm.homeTownship')}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="mandarinLevel" label={t('workerForm.mandarinLevel')}>
          <Select allowClear options={MANDARIN_LEVELS.map((v) => ({ value: v, label: t(`mandarin.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="language" label={t('workerForm.language')}>
          <Select options={LANGUAGES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="status" label={t('workerForm.status')}>
          <Radio.Group optionType="button" options={WORKER_STATUSES.map((s) => ({ value: s, label: t(`workerStatus.${s}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="traineeGroup" label={t('workerForm.traineeGroup')}>
          <Select
            allowClear
            popupMatchSelectWidth
            className="long-options"
            options={TRAINEE_GROUPS.map((g) => ({ value: g, label: t(`traineeGroup.${g}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="entryDate" label={t('workerForm.entryDate')}>
          <DateInput className="full-width" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="exitDate" label={t('workerForm.exitDate')}>
          <DateInput className="full-width" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Divider titlePlacement="start" plain>
          {t('workerForm.subsidyFacts')}
        </Divider>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="highRiskPost" label={t('workerForm.highRiskPost')} extra={t('workerForm.highRiskPostHelp')}>
          <Select allowClear data-testid="worker-high-risk-post" options={HIGH_RISK_POSTS.map((v) => ({ value: v, label: t(`highRiskPost.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="insuranceMonths" label={t('workerForm.insuranceMonths')} extra={t('workerForm.insuranceMonthsHelp')}>
          <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} data-testid="worker-insurance-months" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="apprenticeLevel" label={t('workerForm.apprenticeLevel')}>
          <Select allowClear options={APPRENTICE_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="apprenticeFrom" label={t('workerForm.apprenticeFrom')}>
          <DateInput className="full-width" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="apprenticeTo" label={t('workerForm.apprenticeTo')}>
          <DateInput className="full-width" />
        </Form.Item>
      </Col>
    </Row>
  );
}
