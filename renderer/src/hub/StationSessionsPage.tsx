import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubSessionView } from '../../../shared/contract/hub-views';
import { hubCall } from './api';
import { wallTime } from './format';
import { SignInSheet } from './SignInSheet';

/** A station's sessions in a date range, each opening to its sign-in sheet: a look, never an edit. */
export function StationSessionsPage({ station, onBack }: { station: { stationId: string; name: string }; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(30, 'day'), dayjs()]);
  const [sessions, setSessions] = useState<HubSessionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  useEffect(() => {
    let live = true;
    void hubCall<HubSessionView[]>('hub.station.sessions', { stationId: station.stationId, from, to }).then((r) => {
      if (!live) return;
      setError(r.ok ? null : r.error.message);
      setSessions(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [station.stationId, from, to]);
  const category = (code: string) => (i18n.exists(`category.${code}`) ? t(`category.${code}`) : code);
  return (
    <div data-testid="hub-station-sessions">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined className="flip-rtl" />} onClick={onBack} data-testid="hub-drill-back">
          {t('hub.ui.back')}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {station.name}
        </Typography.Title>
        <DatePicker.RangePicker
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          aria-label={t('hub.ui.dateRange')}
          data-testid="hub-drill-range"
        />
      </Flex>
      <Typography.Paragraph type="secondary">{t('hub.ui.readOnly')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Table<HubSessionView>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        loading={sessions === null}
        dataSource={sessions ?? []}
        expandable={{ expandedRowRender: (s) => <SignInSheet attendees={s.attendees} />, rowExpandable: (s) => s.attendees.length > 0, expandRowByClick: true }}
        columns={[
          { title: t('hub.ui.sessionStart'), render: (_v, s) => <span dir="ltr">{wallTime(s.startsAt)}</span> },
          { title: t('hub.ui.sessionTitle'), dataIndex: 'title' },
          { title: t('hub.ui.category'), render: (_v, s) => category(s.category) },
          { title: t('hub.ui.trainers'), render: (_v, s) => s.trainers.join('、') },
          { title: t('hub.ui.classHours'), dataIndex: 'classHours', align: 'end' },
          { title: t('hub.ui.sessionState'), render: (_v, s) => t(`sessionState.${s.state}`) },
          { title: t('hub.ui.present'), dataIndex: 'present', align: 'end' },
        ]}
      />
    </div>
  );
}
