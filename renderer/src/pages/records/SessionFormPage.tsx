import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Switch, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Audience, SessionFields, TrainingSession } from '../../../../shared/contract/records';
import { NATIONAL_TRAINING_TYPES, SKILL_LEVELS, type NationalTrainingType, type SkillLevel } from '../../../../shared/domain/vocab';
import { call } from '../../api/client';
import { SessionStateTag } from '../../components/records/SessionStateTag';
import { applyErrors } from '../../forms/applyErrors';
import { clearErrorsOnChange } from '../../records/clearErrors';
import { errorMessage } from '../../forms/errorText';
import { crossesMidnight, fromRange, liveClassHours, STATE_ACTIONS, toRange } from '../../records/sessionTimes';
import { useTrades, useTrainers, useVocab } from '../../records/useCatalogue';
import { vocabOptions } from '../../records/vocab';
import { useStation } from '../../state/station';
import { useSessionState } from './useSessionState';

type RepeatKind = 'none' | 'daily' | 'weekly';

interface FormValues {
  title: string;
  category: string;
  nationalType: NationalTrainingType | null;
  skillLevel: SkillLevel | null;
  tradeIds: string[];
  trainerIds: string[];
  date: string;
  start: string;
  end: string;
  overrideHours: boolean;
  classHoursOverride: number | null;
  location: string;
  capacity: number | null;
  description: string;
  materials: string;
  audienceKind: Audience['kind'];
  audienceTeam: string;
  audienceTrade: string | null;
  audienceSince: string;
  hasAck: boolean;
  ackText: string;
  repeat: RepeatKind;
  skipWeekends: boolean;
  weekdays: number[];
  until: string;
}

const FIELD_MAP: Record<string, string> = {
  'fields.title': 'title',
  'fields.category': 'category',
  'fields.startsAt': 'start',
  'fields.endsAt': 'end',
  'fields.classHoursOverride': 'classHoursOverride',
  'fields.location': 'location',
  'fields.capacity': 'capacity',
  'fields.description': 'description',
  'fields.materials': 'materials',
  'fields.audience.value': 'audienceTeam',
  'fields.ackText': 'ackText',
  'fields.trainerIds': 'trainerIds',
  'repeat.until': 'until',
  'repeat.weekdays': 'weekdays',
  'repeat': 'until',
};

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const blank = (): FormValues => ({
  title: '', category: 'safety', nationalType: null, skillLevel: null, tradeIds: [], trainerIds: [], date: today(), start: '08:00',
  end: '08:45', overrideHours: false, classHoursOverride: null, location: '', capacity: null, description: '', materials: '',
  audienceKind: 'all', audienceTeam: '', audienceTrade: null, audienceSince: '', hasAck: false, ackText: '', repeat: 'none',
  skipWeekends: true, weekdays: [1, 2, 3, 4, 5], until: '',
});

function toForm(s: TrainingSession): FormValues {
  const a = s.audience;
  return {
    ...blank(),
    title: s.title, category: s.category, nationalType: s.nationalType, skillLevel: s.skillLevel, tradeIds: s.tradeIds,
    trainerIds: s.trainerIds, ...fromRange(s.startsAt, s.endsAt), overrideHours: s.classHoursOverride !== null,
    classHoursOverride: s.classHoursOverride, location: s.location, capacity: s.capacity, description: s.description,
    materials: s.materials, audienceKind: a.kind, audienceTeam: a.kind === 'team' ? a.value : '',
    audienceTrade: a.kind === 'trade' ? a.value : null, audienceSince: a.kind === 'new_since' ? a.value : '',
    hasAck: s.ackText !== null, ackText: s.ackText ?? '',
  };
}

function audienceOf(v: FormValues): Audience {
  switch (v.audienceKind) {
    case 'team':
      return { kind: 'team', value: v.audienceTeam.trim() };
    case 'trade':
      return { kind: 'trade', value: v.audienceTrade ?? '' };
    case 'new_since':
      return { kind: 'new_since', value: v.audienceSince };
    default:
      return { kind: 'all' };
  }
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** Create (/sessions/new) or edit (/sessions/:sessionId) a training session, a series at once when repeating. */
export function SessionFormPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { sessionId } = useParams();
  const { current } = useStation();
  const stationId = current?.id;
  const { trainers } = useTrainers(stationId);
  const { vocab } = useVocab(stationId);
  const trades = useTrades(stationId);
  const [form] = Form.useForm<FormValues>();
  const [session, setSession] = useState<TrainingSession | null>(null);
  const [minutesPerHour, setMinutesPerHour] = useState(45);
  const [busy, setBusy] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const creating = sessionId === undefined;
  const { ask, dialog } = useSessionState((s) => setSession(s));

  const date = Form.useWatch('date', form) ?? '';
  const start = Form.useWatch('start', form) ?? '';
  const end = Form.useWatch('end', form) ?? '';
  const overrideHours = Form.useWatch('overrideHours', form) ?? false;
  const audienceKind = Form.useWatch('audienceKind', form) ?? 'all';
  const hasAck = Form.useWatch('hasAck', form) ?? false;
  const repeat = Form.useWatch('repeat', form) ?? 'none';

  useEffect(() => {
    if (!stationId) return;
    void call('station.settings', { stationId }).then((r) => r.ok && setMinutesPerHour(r.value.minutesPerClassHour));
  }, [stationId]);

  const load = useCallback(
    async (id: string) => {
      const r = await call('sessions.get', { sessionId: id });
      if (!r.ok) return setAlert(t(errorMessage(r.error).key));
      setSession(r.value);
      form.setFieldsValue(toForm(r.value));
    },
    [form, t],
  );

  useEffect(() => {
    setAlert(null);
    if (sessionId) void load(sessionId);
    else {
      setSession(null);
      form.setFieldsValue(blank());
    }
  }, [sessionId, load, form]);

  const perHour = session?.minutesPerHour ?? minutesPerHour;
  const times = { date, start, end };
  const computed = liveClassHours(times, perHour);
  const overnight = crossesMidnight(times);

  const send = async (v: FormValues, scope: 'this' | 'following') => {
    if (!stationId) return;
    const range = toRange(v);
    if (!range) {
      form.setFields([{ name: 'end', errors: [t('sessionPage.endSameAsStart')] }]);
      return;
    }
    const fields: SessionFields = {
      title: v.title,
      category: v.category,
      nationalType: v.nationalType ?? null,
      skillLevel: v.skillLevel ?? null,
      tradeIds: v.tradeIds ?? [],
      trainerIds: v.trainerIds ?? [],
      ...range,
      classHoursOverride: v.overrideHours ? (v.classHoursOverride ?? null) : null,
      location: v.location,
      capacity: v.capacity ?? null,
      description: v.description,
      materials: v.materials,
      audience: audienceOf(v),
      ackText: v.hasAck && v.ackText.trim() ? v.ackText : null,
    };
    setBusy(true);
    setAlert(null);
    const r = creating
      ? await call('sessions.create', {
          stationId,
          fields,
          repeat:
            v.repeat === 'none'
              ? null
              : {
                  freq: v.repeat,
                  until: v.until,
                  weekdays: v.repeat === 'weekly' ? v.weekdays : [],
                  skipWeekends: v.repeat === 'daily' && v.skipWeekends,
                },
        })
      : await call('sessions.update', { sessionId: sessionId, fields, scope });
    setBusy(false);
    if (!r.ok) return setAlert(applyErrors(form, r.error, FIELD_MAP, t));
    void message.success(
      r.value.length <= 1
        ? t('settings.saved')
        : creating
          ? t('sessionPage.savedMany', { n: r.value.length })
          : t('sessionPage.updatedMany', { n: r.value.length }),
    );
    if (creating) navigate('/sessions');
    else {
      const mine = r.value.find((s) => s.id === sessionId) ?? r.value[0];
      if (mine) {
        setSession(mine);
        form.setFieldsValue(toForm(mine));
      }
    }
  };

  const submit = (v: FormValues) => {
    if (v.repeat !== 'none' && creating && !v.until) {
      form.setFields([{ name: 'until', errors: [t('field.required')] }]);
      return;
    }
    if (!creating && session?.seriesId) {
      let scope: 'this' | 'following' = 'this';
      modal.confirm({
        title: t('sessionPage.scopeQuestion'),
        content: (
          <Radio.Group
            defaultValue="this"
            onChange={(e) => (scope = e.target.value as typeof scope)}
            options={[
              { value: 'this', label: t('sessionPage.scopeThis') },
              { value: 'following', label: t('sessionPage.scopeFollowing') },
            ]}
            data-testid="series-scope"
          />
        ),
        okText: t('common.save'),
        cancelText: t('rec.cancel'),
        onOk: () => send(v, scope),
      });
      return;
    }
    void send(v, 'this');
  };

  const editable = creating || (session !== null && (session.state === 'planned' || session.state === 'open'));
  if (!current) return null;
  return (
    <Flex vertical gap={16} data-testid="session-form-page">
      <Flex align="center" gap={12} wrap>
        <Button icon={<ArrowLeftOutlined className="flip-rtl" />} onClick={() => navigate('/sessions')} aria-label={t('rec.back')} />
        <Typography.Title level={2} className="page-title">
          {creating ? t('sessionPage.new') : (session?.title ?? '')}
        </Typography.Title>
        {session ? <SessionStateTag state={session.state} /> : null}
        {session?.seriesId ? <Tag>{t('sessionPage.series')}</Tag> : null}
        <Flex gap={8} className="title-actions">
          {session
            ? STATE_ACTIONS[session.state].map((a) => (
                <Button key={a.to} danger={a.to === 'cancelled'} onClick={() => ask(session, a.to)} data-testid={`session-${a.to}`}>
                  {t(a.labelKey)}
                </Button>
              ))
            : null}
          {session ? (
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/sign-in-sheet/${session.id}`)} data-testid="session-sign-in-sheet">
              {t('print.button.signInSheet')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {session?.cancelReason ? <Alert type="warning" showIcon title={t('sessionPage.cancelledBecause', { reason: session.cancelReason })} /> : null}
      <Card>
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={blank()}
          disabled={busy || !editable}
          onFinish={submit}
          onValuesChange={clearErrorsOnChange(form)}
          data-testid="session-form"
        >
          {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="title" label={t('sessionPage.titleField')} rules={[{ required: true, whitespace: true, message: t('field.required') }]}>
                <Input autoFocus maxLength={100} data-testid="session-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="category" label={t('sessionPage.category')}>
                <Select options={vocabOptions(t, 'category', vocab.contentCategories)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="nationalType" label={t('sessionPage.nationalType')}>
                <Select allowClear options={NATIONAL_TRAINING_TYPES.map((c) => ({ value: c, label: t(`nationalType.${c}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="trainerIds" label={t('sessionPage.trainers')}>
                <Select
                  mode="multiple"
                  showSearch
                  optionFilterProp="label"
                  options={trainers.filter((tr) => tr.active || session?.trainerIds.includes(tr.id)).map((tr) => ({ value: tr.id, label: tr.name }))}
                  data-testid="session-trainers"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="tradeIds" label={t('sessionPage.trades')}>
                <Select mode="multiple" showSearch optionFilterProp="label" maxTagCount="responsive" options={trades.map((tr) => ({ value: tr.id, label: tr.name }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="skillLevel" label={t('sessionPage.skillLevel')}>
                <Select allowClear options={SKILL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Card size="small" type="inner" title={t('sessionPage.when')} className="inner-card">
            <Row gutter={16} align="top">
              <Col xs={24} sm={8}>
                <Form.Item name="date" label={t('sessionPage.date')} rules={[{ required: true, message: t('field.required') }]}>
                  <Input type="date" data-testid="session-date" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={5}>
                <Form.Item name="start" label={t('sessionPage.start')} rules={[{ required: true, message: t('field.required') }]}>
                  <Input type="time" data-testid="session-start" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={5}>
                <Form.Item name="end" label={t('sessionPage.end')} rules={[{ required: true, message: t('field.required') }]}>
                  <Input type="time" data-testid="session-end" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={6}>
                <Form.Item label={t('sessionPage.classHours')}>
                  <Flex vertical gap={4}>
                    <Typography.Text strong data-testid="session-hours">
                      {computed === null ? '—' : t('sessionPage.hoursComputed', { hours: computed, minutes: perHour })}
                    </Typography.Text>
                  </Flex>
                </Form.Item>
              </Col>
            </Row>
            {overnight ? (
              <Alert
                type="info"
                showIcon
                className="form-alert"
                data-testid="session-overnight"
                title={t('sessionPage.overnight', { end, date: toRange(times)?.endsAt.slice(0, 10) ?? '' })}
              />
            ) : null}
            <Flex gap={16} align="center" wrap>
              <Form.Item name="overrideHours" valuePropName="checked" noStyle>
                <Checkbox>{t('sessionPage.overrideHours')}</Checkbox>
              </Form.Item>
              {overrideHours ? (
                <Form.Item name="classHoursOverride" noStyle>
                  <InputNumber min={0} max={24} step={0.5} suffix={t('sessionPage.hoursUnit')} className="number-input" data-testid="session-hours-override" />
                </Form.Item>
              ) : null}
            </Flex>
            {creating ? (
              <div className="repeat-block">
                <Form.Item name="repeat" label={t('sessionPage.repeat')}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'none', label: t('sessionPage.repeatNone') },
                      { value: 'daily', label: t('sessionPage.repeatDaily') },
                      { value: 'weekly', label: t('sessionPage.repeatWeekly') },
                    ]}
                    data-testid="session-repeat"
                  />
                </Form.Item>
                {repeat !== 'none' ? (
                  <Row gutter={16}>
                    <Col xs={24} sm={8}>
                      <Form.Item name="until" label={t('sessionPage.until')}>
                        <Input type="date" data-testid="session-until" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={16}>
                      {repeat === 'daily' ? (
                        <Form.Item name="skipWeekends" valuePropName="checked" label=" ">
                          <Checkbox>{t('sessionPage.skipWeekends')}</Checkbox>
                        </Form.Item>
                      ) : (
                        <Form.Item name="weekdays" label={t('sessionPage.weekdays')}>
                          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`sessionPage.weekday.${d}`) }))} />
                        </Form.Item>
                      )}
                    </Col>
                  </Row>
                ) : null}
              </div>
            ) : null}
          </Card>
          <Row gutter={16} className="after-inner">
            <Col xs={24} md={12}>
              <Form.Item name="location" label={t('sessionPage.location')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="capacity" label={t('sessionPage.capacity')}>
                <InputNumber min={1} max={10000} className="number-input" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label={t('sessionPage.audience')}>
                <Flex gap={8} wrap align="center">
                  <Form.Item name="audienceKind" noStyle>
                    <Select
                      className="filter-select"
                      options={(['all', 'team', 'trade', 'new_since'] as const).map((k) => ({ value: k, label: t(`sessionPage.audience.${k}`) }))}
                    />
                  </Form.Item>
                  {audienceKind === 'team' ? (
                    <Form.Item name="audienceTeam" noStyle rules={[{ required: true, message: t('field.required') }]}>
                      <Input className="filter-select" maxLength={50} placeholder={t('workerForm.team')} />
                    </Form.Item>
                  ) : null}
                  {audienceKind === 'trade' ? (
                    <Form.Item name="audienceTrade" noStyle>
                      <Select className="filter-select" showSearch optionFilterProp="label" options={trades.map((tr) => ({ value: tr.id, label: tr.name }))} />
                    </Form.Item>
                  ) : null}
                  {audienceKind === 'new_since' ? (
                    <Form.Item name="audienceSince" noStyle>
                      <Input type="date" className="date-input" />
                    </Form.Item>
                  ) : null}
                </Flex>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="description" label={t('sessionPage.description')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="materials" label={t('sessionPage.materials')}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Flex gap={8} align="center">
                <Form.Item name="hasAck" valuePropName="checked" noStyle>
                  <Switch size="small" />
                </Form.Item>
                <Typography.Text>{t('sessionPage.ack')}</Typography.Text>
              </Flex>
              {hasAck ? (
                <Form.Item name="ackText" extra={t('sessionPage.ackHelp')} className="ack-text">
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
                </Form.Item>
              ) : null}
            </Col>
          </Row>
          <Flex gap={8} className="form-buttons">
            <Button type="primary" htmlType="submit" loading={busy} disabled={!editable} data-testid="session-save">
              {creating ? t('rec.create') : t('common.save')}
            </Button>
            <Button onClick={() => navigate('/sessions')} disabled={false}>
              {t('rec.cancel')}
            </Button>
          </Flex>
        </Form>
      </Card>
      {dialog}
    </Flex>
  );
}
