import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TrainingSession } from '../../../../shared/contract/records';
import { addDays, stationNow } from '../../../../shared/domain/time';
import { call, subscribe } from '../../api/client';
import { useStation } from '../../state/station';

export const STATE_COLOURS: Record<TrainingSession['state'], string> = { planned: 'blue', open: 'green', closed: 'default', cancelled: 'red' };

/** Today's sessions (or another day's), each opening its live attendance view. */
export function AttendancePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { current } = useStation();
  const today = stationNow(new Date()).slice(0, 10);
  const [day, setDay] = useState(today);
  const [sessions, setSessions] = useState<TrainingSession[] | null>(null);
  const stationId = current?.id;

  const load = useCallback(async () => {
    if (!stationId) return;
    const r = await call('sessions.list', { stationId, from: day, to: day, q: '', offset: 0, limit: 100 });
    if (r.ok) setSessions([...r.value.rows].sort((a, b) => a.startsAt.localeCompare(b.startsAt)));
  }, [stationId, day]);

  useEffect(() => {
    void load();
    return subscribe((e) => {
      if (e.type === 'sessions.changed') void load();
    });
  }, [load]);

  return (
    <Flex vertical gap={16} data-testid="attendance-page">
      <Typography.Title level={3} className="page-title">
        {t('kioskui.today.title')}
      </Typography.Title>
      <Card
        title={
          <Flex align="center" gap={8}>
            <Button size="small" icon={<LeftOutlined />} aria-label={t('kioskui.today.previous')} onClick={() => setDay(addDays(day, -1))} />
            <span dir="ltr">{day}</span>
            <Button size="small" icon={<RightOutlined />} aria-label={t('kioskui.today.next')} onClick={() => setDay(addDays(day, 1))} />
            {day !== today && (
              <Button size="small" type="link" onClick={() => setDay(today)}>
                {t('kioskui.today.today')}
              </Button>
            )}
          </Flex>
        }
      >
        <List
          loading={sessions === null}
          dataSource={sessions ?? []}
          locale={{ emptyText: <Empty description={t('kioskui.today.none')} /> }}
          renderItem={(s) => (
            <List.Item
              data-testid="attendance-session"
              actions={[
                <Button key="live" type="primary" onClick={() => void navigate(`/sessions/${s.id}/live`)} data-testid="attendance-open-live">
                  {t('kioskui.today.open')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} align="center" wrap>
                    <span dir="ltr">
                      {s.startsAt.slice(11, 16)}–{s.endsAt.slice(11, 16)}
                    </span>
                    <span>{s.title}</span>
                    <Tag color={STATE_COLOURS[s.state]}>{t(`sessionState.${s.state}`)}</Tag>
                  </Flex>
                }
                description={[t(`category.${s.category}`, { defaultValue: s.category }), s.trainerNames.join(t('kioskui.common.listSeparator')), s.location].filter(Boolean).join(' · ')}
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
