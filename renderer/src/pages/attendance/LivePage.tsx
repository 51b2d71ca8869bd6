import { DesktopOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Result, Row, Spin, Statistic, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ChainCheck, LiveView } from '../../../../shared/contract/attendance-types';
import { call, hostWindow, subscribe } from '../../api/client';
import { stationNow } from '../../../../shared/domain/time';
import { CloseSessionModal, type EndedAt } from '../../components/attendance/CloseSessionModal';
import { CorrectionModal, type Correction, type CorrectionError, type CorrectionTarget } from '../../components/attendance/CorrectionModal';
import { FlaggedRows } from '../../components/attendance/FlaggedRows';
import { MissingList, PresentTable } from '../../components/attendance/LiveTables';
import { EduLivePanel } from '../../components/safety-education/EduLivePanel';
import { AttachmentsCard } from '../../components/evidence/AttachmentsCard';
import { SignInPhotosPanel } from '../../components/evidence/SignInPhotosPanel';
import { VerifyResult } from '../../components/attendance/VerifyResult';
import { errorMessage } from '../../forms/errorText';
import { closesEarly } from '../../records/attendanceTimes';
import { STATE_COLOURS } from './AttendancePage';

/** The trainer's live view of one session: who is in, who is missing, corrections, open and close. */
export function LivePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [live, setLive] = useState<LiveView | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [target, setTarget] = useState<CorrectionTarget | null>(null);
  const [correcting, setCorrecting] = useState(false);
  const [correctError, setCorrectError] = useState<CorrectionError | null>(null);
  const [check, setCheck] = useState<ChainCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [closeOpen, setCloseOpen] = useState(false);
  const [changingState, setChangingState] = useState(false);

  const load = useCallback(async () => {
    const r = await call('attendance.live', { sessionId: id });
    if (!r.ok) {
      const m = errorMessage(r.error);
      setFailed(t(m.key, m.vars ?? {}));
      return;
    }
    setFailed(null);
    setLive(r.value);
  }, [id, t]);

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribe((e) => {
      const mine = (e.type === 'attendance.changed' && e.sessionId === id) || (e.type === 'sessions.changed' && e.sessionIds.includes(id));
      if (!mine) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load(), 150);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [id, load]);

  const correct = async (c: Correction) => {
    if (!target) return;
    setCorrecting(true);
    setCorrectError(null);
    const r = await call('attendance.correct', { sessionId: id, workerId: target.workerId, action: target.action, ...c });
    setCorrecting(false);
    if (!r.ok) {
      const reasonCode = r.error.details?.reason;
      const m = errorMessage(r.error);
      // A time the station refused (before sign-in opened, after the end, in the future) is marked on its field.
      const fields = r.error.details?.fields;
      const paths = Array.isArray(fields) ? (fields as { path?: string }[]).map((f) => f.path) : [];
      const timeField = paths.includes('at') ? 'at' : paths.includes('leftAt') ? 'leftAt' : undefined;
      if (timeField) {
        const key = timeField === 'at' && target.action === 'add' ? 'liveAdmin.correct.badArrival' : 'liveAdmin.correct.badLeaving';
        setCorrectError({ field: timeField, message: t(key) });
        return;
      }
      setCorrectError({
        field: 'reason',
        message: typeof reasonCode === 'string' ? t(`kioskui.live.conflict.${reasonCode}`, { defaultValue: t(m.key, m.vars ?? {}) }) : t(m.key, m.vars ?? {}),
      });
      return;
    }
    setTarget(null);
    void message.success(t('kioskui.live.corrected', { name: r.value.name }));
    void load();
  };

  const setState = async (state: 'open' | 'closed', endedAt?: EndedAt) => {
    setChangingState(true);
    const r = await call('sessions.setState', { sessionId: id, state, ...(endedAt ? { endedAt } : {}) });
    setChangingState(false);
    setCloseOpen(false);
    if (!r.ok) {
      const m = errorMessage(r.error);
      void message.error(t(m.key, m.vars ?? {}));
      return;
    }
    void load();
  };

  const verify = async () => {
    setChecking(true);
    const r = await call('attendance.verify', {});
    setChecking(false);
    if (r.ok) setCheck(r.value);
    else {
      const m = errorMessage(r.error);
      void message.error(t(m.key, m.vars ?? {}));
    }
  };

  if (failed && !live) return <Result status="warning" title={failed} />;
  if (!live)
    return (
      <Flex justify="center" className="full-page">
        <Spin size="large" />
      </Flex>
    );

  const s = live.session;
  const closed = s.state === 'closed';
  const canOpen = s.state === 'planned';
  const canClose = s.state === 'open' || s.state === 'planned';
  const now = stationNow(new Date());
  return (
    <Flex vertical gap={16} data-testid="live-page">
      <Flex justify="space-between" align="flex-start" wrap gap={16}>
        <div>
          <Typography.Title level={3} className="page-title" data-testid="live-title">
            {s.title}
          </Typography.Title>
          <Flex gap={8} align="center" wrap className="live-meta">
            <Tag color={STATE_COLOURS[s.state]} data-testid="live-state">
              {t(`sessionState.${s.state}`)}
            </Tag>
            <span dir="ltr">
              {s.startsAt.slice(0, 10)} {s.startsAt.slice(11, 16)}–{s.endsAt.slice(11, 16)}
            </span>
            <span>{t(`category.${s.category}`, { defaultValue: s.category })}</span>
            {s.trainerNames.length > 0 && <span>{s.trainerNames.join(t('kioskui.common.listSeparator'))}</span>}
          </Flex>
        </div>
        <Flex gap={8} wrap>
          {!hostWindow() && !closed && s.state !== 'cancelled' && (
            <Button icon={<DesktopOutlined />} href={`/kiosk?session=${encodeURIComponent(s.id)}`} target="_blank" data-testid="live-open-kiosk">
              {t('kioskui.live.openKiosk')}
            </Button>
          )}
          {canOpen && (
            <Button type="primary" loading={changingState} onClick={() => void setState('open')} data-testid="live-open-session">
              {t('kioskui.live.openSession')}
            </Button>
          )}
          {canClose && (
            <Button danger onClick={() => setCloseOpen(true)} data-testid="live-close-session">
              {t('kioskui.live.closeSession')}
            </Button>
          )}
          <Button icon={<SafetyCertificateOutlined />} loading={checking} onClick={() => void verify()} data-testid="live-verify">
            {t('kioskui.verify.button')}
          </Button>
        </Flex>
      </Flex>

      {check && <VerifyResult check={check} />}

      <FlaggedRows rows={live.rows} />

      <EduLivePanel sessionId={s.id} editable={s.state !== 'cancelled'} rows={live.rows} />
      <SignInPhotosPanel sessionId={s.id} />

      <Row gutter={[16, 16]}>
        {(
          [
            ['present', live.counts.present],
            ['late', live.counts.late],
            ['excused', live.counts.excused],
            ['expected', live.counts.expected],
            ['signedOut', live.counts.signedOut],
          ] as const
        ).map(([key, n]) => (
          <Col key={key} xs={12} sm={8} md={4}>
            <Card size="small" className="live-stat">
              <Statistic title={t(`kioskui.live.count.${key}`)} value={n} data-testid={`live-count-${key}`} />
            </Card>
          </Col>
        ))}
        <Col xs={24} md={4}>
          <Card size="small" className="live-stat">
            <Statistic
              title={t('kioskui.live.fingerprint')}
              value={live.fingerprint ? live.fingerprint.slice(0, 12) : t('kioskui.live.noFingerprint')}
              styles={{ content: { fontSize: 16, fontFamily: 'monospace' } }}
              data-testid="live-fingerprint"
            />
          </Card>
        </Col>
      </Row>

      <Card title={t('kioskui.live.presentTitle', { count: live.rows.filter((r) => r.status === 'present').length })}>
        <PresentTable rows={live.rows} closed={closed} onCorrect={(x) => { setCorrectError(null); setTarget(x); }} />
      </Card>
      <Card title={t('kioskui.live.missingTitle', { count: live.missing.length })}>
        <MissingList missing={live.missing} onCorrect={(x) => { setCorrectError(null); setTarget(x); }} />
      </Card>

      <AttachmentsCard sessionId={s.id} editable={s.state !== 'cancelled'} />

      <CorrectionModal
        target={target}
        span={s}
        now={now}
        busy={correcting}
        error={correctError}
        onSubmit={(c) => void correct(c)}
        onCancel={() => setTarget(null)}
      />
      <CloseSessionModal
        open={closeOpen}
        title={t('kioskui.live.closeTitle')}
        early={closesEarly(s, now)}
        now={now.slice(11, 16)}
        scheduledEnd={s.endsAt.slice(11, 16)}
        busy={changingState}
        onClose={(endedAt) => void setState('closed', endedAt)}
        onCancel={() => setCloseOpen(false)}
      />
    </Flex>
  );
}
