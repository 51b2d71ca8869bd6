import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Modal, Popconfirm, Row, Select, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../../shared/contract/report-types';
import { SKILL_LEVELS, type SkillLevel } from '../../../../shared/domain/vocab';
import { call } from '../../api/client';
import { applyErrors } from '../../forms/applyErrors';
import { errorMessage } from '../../forms/errorText';
import { clearErrorsOnChange } from '../../records/clearErrors';
import { useTrades } from '../../records/useCatalogue';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useTradeName } from '../../records/useTradeName';

const KINDS = ['skill_level', 'special_operation', 'safety', 'other'] as const;

interface FormValues {
  kind: Certificate['kind'];
  tradeId?: string | null;
  level?: SkillLevel | null;
  number: string;
  issuedOn: string;
  issuer: string;
}

const BLANK: FormValues = { kind: 'skill_level', tradeId: null, level: null, number: '', issuedOn: '', issuer: '' };
const FIELD_MAP = Object.fromEntries(['kind', 'tradeId', 'level', 'number', 'issuedOn', 'issuer'].map((k) => [`fields.${k}`, k]));

/** A worker's certificates (skill levels count toward the subsidy list): listed, added, deleted by an admin. */
export function WorkerCertificates({ workerId, stationId }: { workerId: string; stationId: string }) {
  const { t } = useTranslation();
  const { trade: tradeLabel } = useTradeName();
  const { message } = App.useApp();
  const isAdmin = useIsAdmin();
  const trades = useTrades(stationId);
  const [form] = useLocalisedForm<FormValues>();
  const [rows, setRows] = useState<Certificate[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await call('certificates.list', { workerId });
    if (r.ok) {
      setRows(r.value);
      setLoadError(null);
    } else setLoadError(t(errorMessage(r.error).key));
  }, [workerId, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const open = () => {
    form.resetFields();
    form.setFieldsValue(BLANK);
    setAlert(null);
    setAdding(true);
  };

  const save = async (v: FormValues) => {
    setBusy(true);
    setAlert(null);
    const r = await call('certificates.add', {
      workerId,
      fields: { kind: v.kind, tradeId: v.tradeId ?? null, level: v.level ?? null, number: v.number.trim(), issuedOn: v.issuedOn.trim(), issuer: v.issuer.trim() },
    });
    setBusy(false);
    if (!r.ok) return setAlert(applyErrors(form, r.error, FIELD_MAP, t));
    setAdding(false);
    void message.success(t('certs.added'));
    await load();
  };

  const remove = async (c: Certificate) => {
    const r = await call('certificates.delete', { certificateId: c.id });
    if (!r.ok) return void message.error(t(errorMessage(r.error).key));
    void message.success(t('certs.deleted'));
    await load();
  };

  const tradeName = (c: Certificate) => tradeLabel(c.tradeName ?? trades.find((x) => x.id === c.tradeId)?.name ?? '');
  return (
    <Card
      title={t('certs.title')}
      data-testid="worker-certificates"
      extra={
        <Button icon={<PlusOutlined />} onClick={open} data-testid="cert-add">
          {t('certs.add')}
        </Button>
      }
    >
      {loadError ? <Alert type="error" showIcon title={loadError} className="form-alert" /> : null}
      <Table<Certificate>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('certs.none') }}
        data-testid="cert-table"
        columns={[
          { key: 'kind', title: t('certs.kind'), render: (_: unknown, c) => t(`certs.kind.${c.kind}`) },
          { key: 'trade', title: t('certs.trade'), render: (_: unknown, c) => tradeName(c) },
          { key: 'level', title: t('certs.level'), render: (_: unknown, c) => (c.level ? t(`level.${c.level}`) : '') },
          { key: 'number', title: t('certs.number'), dataIndex: 'number' },
          { key: 'issuedOn', title: t('certs.issuedOn'), dataIndex: 'issuedOn' },
          { key: 'issuer', title: t('certs.issuer'), dataIndex: 'issuer' },
          ...(isAdmin
            ? [
                {
                  key: 'actions',
                  title: t('certs.actions'),
                  render: (_: unknown, c: Certificate) => (
                    <Popconfirm
                      title={t('certs.deleteQuestion')}
                      description={t('certs.deleteHelp')}
                      okText={t('certs.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('rec.cancel')}
                      onConfirm={() => void remove(c)}
                    >
                      <Button size="small" danger data-testid="cert-delete">
                        {t('certs.delete')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={adding}
        title={t('certs.add')}
        okText={t('common.save')}
        cancelText={t('rec.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setAdding(false)}
        width={640}
        forceRender
      >
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={BLANK}
          disabled={busy}
          onFinish={(v) => void save(v)}
          onValuesChange={clearErrorsOnChange(form)}
          data-testid="cert-form"
        >
          {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="kind" label={t('certs.kind')}>
                <Select options={KINDS.map((k) => ({ value: k, label: t(`certs.kind.${k}`) }))} data-testid="cert-kind" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="tradeId" label={t('certs.trade')}>
                <Select allowClear showSearch optionFilterProp="label" options={trades.map((x) => ({ value: x.id, label: tradeLabel(x.name) }))} data-testid="cert-trade" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="level" label={t('certs.level')}>
                <Select allowClear options={SKILL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} data-testid="cert-level" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="number" label={t('certs.number')}>
                <Input maxLength={50} dir="ltr" data-testid="cert-number" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              {/* Typed, as on the paper certificate; the station checks it is a real date. */}
              <Form.Item name="issuedOn" label={t('certs.issuedOn')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
                <Input maxLength={10} placeholder={t('certs.datePlaceholder')} inputMode="numeric" dir="ltr" data-testid="cert-issued-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="issuer" label={t('certs.issuer')}>
                <Input maxLength={100} data-testid="cert-issuer" />
              </Form.Item>
            </Col>
          </Row>
          <button type="submit" hidden />
        </Form>
      </Modal>
    </Card>
  );
}
