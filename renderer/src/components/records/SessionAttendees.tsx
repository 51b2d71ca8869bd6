import { Button, Card, Flex, Statistic, Table, Tag } from 'antd';
import { EyeOutlined, PrinterOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AttendanceRow, LiveView } from '../../../../shared/contract/attendance-types';
import { wallClockTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useTradeName } from '../../records/useTradeName';

/**
 * Who was at a session, on its own page: present, late, excused and the hours credited, with the way
 * to its live view (corrections) and its sign-in sheet. A closed session used to show only its form.
 */
export function SessionAttendees({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { trade } = useTradeName();
  const [view, setView] = useState<LiveView | null>(null);

  useEffect(() => {
    let live = true;
    void call('attendance.live', { sessionId }).then((r) => live && r.ok && setView(r.value));
    return () => {
      live = false;
    };
  }, [sessionId]);

  const rows = (view?.rows ?? []).filter((r) => r.status !== 'voided');
  const time = (iso: string | null) => (iso ? wallClockTime(iso) : '');
  return (
    <Card
      title={t('attendees.title')}
      data-testid="session-attendees"
      loading={view === null}
      extra={
        <Flex gap={8} wrap>
          <Button icon={<EyeOutlined />} onClick={() => navigate(`/sessions/${sessionId}/live`)} data-testid="attendees-live">
            {t('attendees.live')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/sign-in-sheet/${sessionId}`)} data-testid="attendees-sheet">
            {t('print.button.signInSheet')}
          </Button>
        </Flex>
      }
    >
      {view ? (
        <Flex vertical gap={16}>
          <Flex gap={32} wrap data-testid="attendees-counts">
            <Statistic title={t('attendees.present')} value={view.counts.present} />
            <Statistic title={t('attendees.late')} value={view.counts.late} />
            <Statistic title={t('attendees.excused')} value={view.counts.excused} />
            <Statistic title={t('attendees.missing')} value={view.missing.length} />
          </Flex>
          <Table<AttendanceRow>
            size="small"
            rowKey="workerId"
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="attendees-table"
            columns={[
              { key: 'name', title: t('attendees.name'), render: (_: unknown, r) => <Link to={`/workers/${r.workerId}`}><bdi>{r.name}</bdi></Link> },
              { key: 'team', title: t('attendees.team'), render: (_: unknown, r) => <bdi>{r.team}</bdi> },
              { key: 'trade', title: t('attendees.trade'), render: (_: unknown, r) => trade(r.tradeName) },
              {
                key: 'status',
                title: t('attendees.status'),
                render: (_: unknown, r) => (
                  <Flex gap={4} wrap>
                    <Tag color={r.status === 'present' ? 'green' : 'blue'}>{t(`history.status.${r.status}`)}</Tag>
                    {r.late ? <Tag color="orange">{t('history.late')}</Tag> : null}
                  </Flex>
                ),
              },
              { key: 'in', title: t('attendees.in'), width: 90, render: (_: unknown, r) => <span dir="ltr">{time(r.signedInAt)}</span> },
              { key: 'out', title: t('attendees.out'), width: 90, render: (_: unknown, r) => <span dir="ltr">{time(r.signedOutAt)}</span> },
              { key: 'hours', title: t('history.hours'), width: 110, align: 'end', render: (_: unknown, r) => (r.creditedHours ?? '').toString() },
            ]}
          />
        </Flex>
      ) : null}
    </Card>
  );
}
