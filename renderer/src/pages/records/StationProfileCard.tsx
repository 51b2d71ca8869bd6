import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StationProfile } from '../../../../shared/contract/records';
import { ADMIN_LEVELS, EQUIPMENT, FUNDING_SOURCES, STATION_STATES } from '../../../../shared/domain/vocab';
import { call } from '../../api/client';
import { AddVocabItem } from '../../components/records/AddVocabItem';
import { applyErrors } from '../../forms/applyErrors';
import { clearErrorsOnChange } from '../../records/clearErrors';
import { errorMessage } from '../../forms/errorText';
import { useVocab } from '../../records/useCatalogue';
import { vocabOptions } from '../../records/vocab';
import { DateInput } from '../../forms/DateInput';

type Equipment = (typeof EQUIPMENT)[number];
type Funding = (typeof FUNDING_SOURCES)[number];
type ProfileForm = Omit<StationProfile, 'id' | 'createdAt' | 'updatedAt' | 'openedOn' | 'equipment' | 'funding'> & {
  openedOn: string;
  equipment: Equipment[];
  funding: Funding[];
};

const isEquipment = (v: string): v is Equipment => (EQUIPMENT as readonly string[]).includes(v);
const isFunding = (v: string): v is Funding => (FUNDING_SOURCES as readonly string[]).includes(v);

const PROFILE_KEYS = [
  'name', 'enterprise', 'address', 'contactName', 'contactUnitTitle', 'contactMobile', 'fixedPhone', 'state', 'city', 'adminLevel',
  'district', 'township', 'areaM2', 'equipment', 'equipmentNote', 'content', 'funding', 'fundingNote', 'trainerTeamNote',
  'openedOn',
] as const;

const fieldMap = (prefix: string) => Object.fromEntries(PROFILE_KEYS.map((k) => [`${prefix}${k}`, k]));

function toForm(p: StationProfile): ProfileForm {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = p;
  return { ...rest, openedOn: p.openedOn ?? '', equipment: p.equipment.filter(isEquipment), funding: p.funding.filter(isFunding) };
}

function fromForm(v: ProfileForm) {
  return { ...v, adminLevel: v.adminLevel ?? null, areaM2: v.areaM2 ?? null, openedOn: v.openedOn ? v.openedOn : null };
}

/** The station's profile (seed 004's columns) with its five-haves verdict. */
export function ProfileCard({ stationId, canEdit, onSaved }: { stationId: string; canEdit: boolean; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = useLocalisedForm<ProfileForm>();
  const { vocab, reload: reloadVocab } = useVocab(stationId);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    setLoaded(false);
    void call('station.get', { stationId }).then((r) => {
      if (r.ok) {
        form.setFieldsValue(toForm(r.value));
        setLoaded(true);
      } else setAlert(t(errorMessage(r.error).key));
    });
  }, [stationId, form, t]);

  const save = async (values: ProfileForm) => {
    setBusy(true);
    setAlert(null);
    const r = await call('station.update', { stationId, profile: fromForm(values) });
    setBusy(false);
    if (!r.ok) return setAlert(applyErrors(form, r.error, fieldMap('profile.'), t));
    form.setFieldsValue(toForm(r.value));
    void message.success(t('settings.saved'));
    onSaved();
  };

  const addCategory = async (label: string) => {
    const r = await call('vocab.add', { stationId, list: 'content_category', label });
    if (!r.ok) return t(errorMessage(r.error).key);
    await reloadVocab();
    const added = r.value.contentCategories.find((c) => c.label === label);
    if (added) form.setFieldValue('content', [...(form.getFieldValue('content') as string[]), added.code]);
    return null;
  };

  const required = [{ required: true, message: t('field.required') }];
  return (
    <Card title={t('stationPage.profile')} loading={!loaded && !alert} data-testid="station-profile">
      <Form<ProfileForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={busy || !canEdit}
        onFinish={(v) => void save(v)}
        onValuesChange={clearErrorsOnChange(form)}
        data-testid="station-form"
      >
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('stationPage.name')} rules={required}>
              <Input autoFocus maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="enterprise" label={t('stationPage.enterprise')} extra={t('stationPage.enterpriseHelp')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('stationPage.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="city" label={t('stationPage.city')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="adminLevel" label={t('stationPage.adminLevel')} extra={t('stationPage.adminLevelHelp')}>
              <Select allowClear data-testid="station-admin-level" options={ADMIN_LEVELS.map((v) => ({ value: v, label: t(`adminLevel.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="district" label={t('stationPage.district')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="township" label={t('stationPage.township')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('stationPage.contactName')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="contactUnitTitle" label={t('stationPage.contactUnitTitle')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactMobile" label={t('stationPage.contactMobile')}>
              <Input inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="fixedPhone" label={t('stationPage.fixedPhone')}>
              <Input inputMode="tel" maxLength={30} placeholder="0750-3831969" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="openedOn" label={t('stationPage.openedOn')}>
              <DateInput className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="state" label={t('stationPage.state')}>
              <Radio.Group
                optionType="button"
                options={STATION_STATES.map((s) => ({ value: s, label: t(`stationState.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="areaM2" label={t('stationPage.area')} extra={t('stationPage.areaHelp')}>
              <InputNumber min={0} max={100000} step={1} suffix={t('stationPage.m2')} className="number-input" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="equipment" label={t('stationPage.equipment')}>
              <Checkbox.Group options={EQUIPMENT.map((e) => ({ value: e, label: t(`equipment.${e}`) }))} />
            </Form.Item>
            <Form.Item name="equipmentNote" label={t('stationPage.equipmentNote')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="funding" label={t('stationPage.funding')}>
              <Checkbox.Group options={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`funding.${f}`) }))} />
            </Form.Item>
            <Form.Item name="fundingNote" label={t('stationPage.fundingNote')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('stationPage.content')} required={false}>
              <Flex vertical gap={8}>
                <Form.Item name="content" noStyle>
                  <Checkbox.Group options={vocabOptions(t, 'category', vocab.contentCategories)} />
                </Form.Item>
                {canEdit ? (
                  <AddVocabItem
                    buttonLabel={t('stationPage.addCategory')}
                    placeholder={t('stationPage.newCategory')}
                    onAdd={addCategory}
                    testId="add-category"
                  />
                ) : null}
              </Flex>
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="trainerTeamNote" label={t('stationPage.trainerTeamNote')} extra={t('stationPage.trainerTeamHelp')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
        {canEdit ? (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="station-save">
            {t('common.save')}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('settings.adminOnly')}</Typography.Text>
        )}
      </Form>
    </Card>
  );
}
