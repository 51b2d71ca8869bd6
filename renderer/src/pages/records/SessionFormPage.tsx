import { useLocalisedForm } from '../../forms/useLocalisedForm';
import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { TrainingSession } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { SessionAudienceField } from '../../components/records/session-form/SessionAudienceField';
import { SessionBasicsFields } from '../../components/records/session-form/SessionBasicsFields';
import { SessionHeader } from '../../components/records/session-form/SessionHeader';
import { SessionNoticeFields } from '../../components/records/session-form/SessionNoticeFields';
import { SessionWhenCard } from '../../components/records/session-form/SessionWhenCard';
import { applyErrors } from '../../forms/applyErrors';
import { errorMessage } from '../../forms/errorText';
import { clearErrorsOnChange } from '../../records/clearErrors';
import { blankSession, fieldsOf, SESSION_FIELD_MAP, sessionToForm, type SessionFormValues } from '../../records/sessionForm';
import { useTrades, useTrainers, useVocab } from '../../records/useCatalogue';
import { useStation } from '../../state/station';
import { useSessionState } from './useSessionState';
import { SessionAttendees } from '../../components/records/SessionAttendees';

type Scope = 'this' | 'following';

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
  const [form] = useLocalisedForm<SessionFormValues>();
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
      form.setFieldsValue(sessionToForm(r.value));
    },
    [form, t],
  );

  useEffect(() => {
    setAlert(null);
    if (sessionId) void load(sessionId);
    else {
      setSession(null);
      form.setFieldsValue(blankSession());
    }
  }, [sessionId, load, form]);

  const send = async (v: SessionFormValues, scope: Scope) => {
    if (!stationId) return;
    const fields = fieldsOf(v);
    if (!fields) {
      form.setFields([{ name: 'end', errors: [t('sessionPage.endSameAsStart')] }]);
      return;
    }
    setBusy(true);
    setAlert(null);
    const repeatRule =
      v.repeat === 'none'
        ? null
        : { freq: v.repeat, until: v.until, weekdays: v.repeat === 'weekly' ? v.weekdays : [], skipWeekends: v.repeat === 'daily' && v.skipWeekends };
    const r = creating ? await call('sessions.create', { stationId, fields, repeat: repeatRule }) : await call('sessions.update', { sessionId, fields, scope });
    setBusy(false);
    if (!r.ok) return setAlert(applyErrors(form, r.error, SESSION_FIELD_MAP, t));
    void message.success(
      r.value.length <= 1 ? t('settings.saved') : creating ? t('sessionPage.savedMany', { n: r.value.length }) : t('sessionPage.updatedMany', { n: r.value.length }),
    );
    if (creating) return navigate('/sessions');
    const mine = r.value.find((s) => s.id === sessionId) ?? r.value[0];
    if (mine) {
      setSession(mine);
      form.setFieldsValue(sessionToForm(mine));
    }
  };

  /** Editing one session of a series: this one only, or this and the following ones? */
  const askScope = (v: SessionFormValues) => {
    let scope: Scope = 'this';
    modal.confirm({
      title: t('sessionPage.scopeQuestion'),
      content: (
        <Radio.Group
          defaultValue="this"
          onChange={(e) => (scope = e.target.value as Scope)}
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
  };

  const submit = (v: SessionFormValues) => {
    if (v.repeat !== 'none' && creating && !v.until) {
      form.setFields([{ name: 'until', errors: [t('field.required')] }]);
      return;
    }
    if (!creating && session?.seriesId) return askScope(v);
    void send(v, 'this');
  };

  const editable = creating || (session !== null && (session.state === 'planned' || session.state === 'open'));
  if (!current) return null;
  return (
    <Flex vertical gap={16} data-testid="session-form-page">
      <SessionHeader
        session={session}
        creating={creating}
        onBack={() => navigate('/sessions')}
        onState={ask}
        onPrint={(s) => navigate(`/print/sign-in-sheet/${s.id}`)}
      />
      {session?.cancelReason ? <Alert type="warning" showIcon title={t('sessionPage.cancelledBecause', { reason: session.cancelReason })} /> : null}
      <Card>
        <Form<SessionFormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={blankSession()}
          disabled={busy || !editable}
          onFinish={submit}
          onValuesChange={clearErrorsOnChange(form)}
          data-testid="session-form"
        >
          {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
          <SessionBasicsFields
            categories={vocab.contentCategories}
            trainers={trainers.filter((tr) => tr.active || session?.trainerIds.includes(tr.id))}
            trades={trades}
          />
          <SessionWhenCard
            date={date}
            start={start}
            end={end}
            perHour={session?.minutesPerHour ?? minutesPerHour}
            overrideHours={overrideHours}
            repeat={repeat}
            creating={creating}
          />
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
              <SessionAudienceField kind={audienceKind} trades={trades} />
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
              <SessionNoticeFields hasAck={hasAck} />
            </Col>
          </Row>
          <Flex gap={8} className="form-buttons">
            <Button type="primary" htmlType="submit" loading={busy} disabled={!editable} data-testid="session-save">
              {creating ? t('rec.create') : t('common.save')}
            </Button>
            <Button onClick={() => navigate('/sessions')} disabled={false}>
              {t('rec.cancel')}
            </Button>
            {session && session.state !== 'cancelled' && (
              <Button onClick={() => navigate(`/sessions/${session.id}/exam`)} data-testid="session-exam">
                {t('exams.session.open')}
              </Button>
            )}
          </Flex>
        </Form>
      </Card>
      {session && session.state !== 'planned' && session.state !== 'cancelled' ? <SessionAttendees sessionId={session.id} /> : null}
      {dialog}
    </Flex>
  );
}
