import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Flex, Form, Input, Modal, Row, Segmented, Select, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trainer } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { AddVocabItem } from '../../components/records/AddVocabItem';
import { applyErrors } from '../../forms/applyErrors';
import { clearErrorsOnChange } from '../../records/clearErrors';
import { errorMessage } from '../../forms/errorText';
import { useTrades, useTrainers, useVocab } from '../../records/useCatalogue';
import { useIsAdmin } from '../../records/useIsAdmin';
import { labelOfCode, vocabOptions } from '../../records/vocab';
import { useStation } from '../../state/station';
import { useTradeName } from '../../records/useTradeName';

type TrainerForm = Omit<Trainer, 'id' | 'createdAt' | 'updatedAt'>;

const FIELDS = ['name', 'kind', 'specialty', 'tradeIds', 'unit', 'title', 'phone', 'qualifications', 'certificates', 'active'] as const;
const FIELD_MAP = Object.fromEntries(FIELDS.map((k) => [`fields.${k}`, k]));
const BLANK: TrainerForm = {
  name: '', kind: 'model_craftsman', specialty: '', tradeIds: [], unit: '', title: '', phone: '', qualifications: '', certificates: '', active: true,
};

export function TrainersPage() {
  const { t } = useTranslation();
  const { trade: tradeLabel } = useTradeName();
  const { message } = App.useApp();
  const { current } = useStation();
  const stationId = current?.id;
  const isAdmin = useIsAdmin();
  const { trainers } = useTrainers(stationId);
  const { vocab, reload: reloadVocab } = useVocab(stationId);
  const trades = useTrades(stationId);
  const [show, setShow] = useState<'active' | 'inactive' | 'all'>('active');
  const [editing, setEditing] = useState<Trainer | 'new' | null>(null);
  const [form] = useLocalisedForm<TrainerForm>();
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  const shown = useMemo(
    () => trainers.filter((tr) => show === 'all' || (show === 'active') === tr.active),
    [trainers, show],
  );
  const tradeName = useMemo(() => new Map(trades.map((tr) => [tr.id, tradeLabel(tr.name)])), [trades, tradeLabel]);

  const open = (tr: Trainer | 'new') => {
    setAlert(null);
    setEditing(tr);
    form.resetFields();
    form.setFieldsValue(tr === 'new' ? BLANK : tr);
  };

  const save = async (values: TrainerForm) => {
    if (!stationId || !editing) return;
    setBusy(true);
    setAlert(null);
    const r =
      editing === 'new'
        ? await call('trainers.create', { stationId, fields: values })
        : await call('trainers.update', { trainerId: editing.id, fields: values });
    setBusy(false);
    if (!r.ok) return setAlert(applyErrors(form, r.error, FIELD_MAP, t));
    setEditing(null);
    void message.success(t('settings.saved'));
  };

  const addKind = async (label: string) => {
    if (!stationId) return null;
    const r = await call('vocab.add', { stationId, list: 'trainer_kind', label });
    if (!r.ok) return t(errorMessage(r.error).key);
    await reloadVocab();
    const added = r.value.trainerKinds.find((k) => k.label === label);
    if (added) form.setFieldValue('kind', added.code);
    return null;
  };

  if (!current) return null;
  return (
    <Flex vertical gap={16} data-testid="trainers-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} className="page-title">
          {t('trainerPage.title')}
        </Typography.Title>
        {isAdmin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="trainer-new">
            {t('trainerPage.new')}
          </Button>
        ) : null}
      </Flex>
      <Segmented
        value={show}
        onChange={(v) => setShow(v as typeof show)}
        options={[
          { value: 'active', label: t('trainerPage.showActive') },
          { value: 'inactive', label: t('trainerPage.showInactive') },
          { value: 'all', label: t('trainerPage.showAll') },
        ]}
      />
      <Table<Trainer>
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(tr) => ({ onClick: () => isAdmin && open(tr), className: isAdmin ? 'clickable-row' : undefined })}
        locale={{ emptyText: t('trainerPage.empty') }}
        data-testid="trainer-table"
        columns={[
          { key: 'name', title: t('trainerPage.name'), dataIndex: 'name' },
          { key: 'kind', title: t('trainerPage.kind'), render: (_: unknown, tr) => labelOfCode(t, 'trainerKind', vocab.trainerKinds, tr.kind) },
          { key: 'specialty', title: t('trainerPage.specialty'), dataIndex: 'specialty' },
          {
            key: 'trades',
            title: t('trainerPage.trades'),
            render: (_: unknown, tr) => tr.tradeIds.map((id) => tradeName.get(id) ?? '').filter(Boolean).join(t('stationPage.listSeparator')),
            responsive: ['lg'],
          },
          { key: 'unit', title: t('trainerPage.unit'), render: (_: unknown, tr) => [tr.unit, tr.title].filter(Boolean).join(' · '), responsive: ['md'] },
          { key: 'phone', title: t('trainerPage.phone'), dataIndex: 'phone', responsive: ['lg'] },
          {
            key: 'active',
            title: t('trainerPage.active'),
            render: (_: unknown, tr) => <Tag color={tr.active ? 'green' : 'default'}>{tr.active ? t('trainerPage.isActive') : t('trainerPage.isInactive')}</Tag>,
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('trainerPage.new') : t('trainerPage.edit')}
        okText={editing === 'new' ? t('rec.create') : t('common.save')}
        cancelText={t('rec.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        width={720}
        forceRender
      >
        <Form<TrainerForm> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void save(v)} disabled={busy} onValuesChange={clearErrorsOnChange(form)} data-testid="trainer-form">
          {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('trainerPage.name')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
                <Input autoFocus maxLength={50} data-testid="trainer-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('trainerPage.kind')} required={false}>
                <Flex vertical gap={6}>
                  <Form.Item name="kind" noStyle>
                    <Select options={vocabOptions(t, 'trainerKind', vocab.trainerKinds)} data-testid="trainer-kind" />
                  </Form.Item>
                  <AddVocabItem buttonLabel={t('trainerPage.addKind')} placeholder={t('trainerPage.newKind')} onAdd={addKind} testId="add-kind" />
                </Flex>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="specialty" label={t('trainerPage.specialty')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="tradeIds" label={t('trainerPage.trades')}>
                <Select mode="multiple" showSearch optionFilterProp="label" maxCount={50} options={trades.map((tr) => ({ value: tr.id, label: tradeLabel(tr.name) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="unit" label={t('trainerPage.unit')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="title" label={t('trainerPage.jobTitle')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('trainerPage.phone')}>
                <Input inputMode="tel" maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="active" label={t('trainerPage.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="qualifications" label={t('trainerPage.qualifications')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="certificates" label={t('trainerPage.certificates')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
          {/* Enter in a single-line field submits the form. */}
          <button type="submit" hidden />
        </Form>
      </Modal>
    </Flex>
  );
}
