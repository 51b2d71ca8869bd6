import { Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkerRecord } from '../../../../shared/contract/report-types';
import { call } from '../../api/client';

type SessionRow = WorkerRecord['sessions'][number];

/**
 * A worker's training history on their page: the closed sessions they were in (date, topic, category,
 * hours credited, late), each a link to its session, and the hours per year and category that the
 * subsidy and the inspector ask about. The same record the printed 培训档案 shows.
 */
export function WorkerHistory({ workerId }: { workerId: string }) {
  const { t, i18n } = useTranslation();
  const [record, setRecord] = useState<WorkerRecord | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void call('reports.workerRecord', { workerId }).then((r) => {
      if (!live) return;
      if (r.ok) setRecord(r.value);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [workerId]);

  const category = useMemo(
    () => (code: string, label: string) => (i18n.exists(`category.${code}`) ? t(`category.${code}`) : label),
    [i18n, t],
  );

  const sessions = useMemo(() => [...(record?.sessions ?? [])].reverse(), [record]);
  if (failed) return null;

  return (
    <Card title={t('history.title')} data-testid="worker-history" loading={record === null}>
      {record && record.sessions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.none')} />
      ) : record ? (
        <Flex vertical gap={16}>
          <Typography.Text data-testid="history-total">{t('history.total', { hours: record.totalHours, n: record.sessions.filter((s) => s.status === 'present').length })}</Typography.Text>
          <Table
            size="small"
            rowKey={(r) => `${r.year}|${r.category}`}
            pagination={false}
            data-testid="history-totals"
            dataSource={record.hoursByYear}
            columns={[
              { key: 'year', title: t('history.year'), dataIndex: 'year', width: 90 },
              { key: 'category', title: t('history.category'), render: (_: unknown, r) => category(r.category, r.categoryLabel) },
              { key: 'hours', title: t('history.hours'), dataIndex: 'hours', align: 'end', width: 120 },
            ]}
          />
          <Table<SessionRow>
            size="small"
            rowKey="sessionId"
            data-testid="history-sessions"
            dataSource={sessions}
            pagination={sessions.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            columns={[
              { key: 'date', title: t('history.date'), width: 120, render: (_: unknown, s) => <span dir="ltr">{s.startsAt.slice(0, 10)}</span> },
              { key: 'title', title: t('history.session'), render: (_: unknown, s) => <Link to={`/sessions/${s.sessionId}`}><bdi>{s.title}</bdi></Link> },
              { key: 'category', title: t('history.category'), render: (_: unknown, s) => category(s.category, s.categoryLabel) },
              {
                key: 'status',
                title: t('history.attendance'),
                render: (_: unknown, s) => (
                  <Flex gap={4} wrap>
                    <Tag color={s.status === 'present' ? 'green' : s.status === 'excused' ? 'blue' : 'default'}>{t(`history.status.${s.status}`)}</Tag>
                    {s.late ? <Tag color="orange">{t('history.late')}</Tag> : null}
                    {s.signedIn ? <span dir="ltr">{s.signedIn}</span> : null}
                  </Flex>
                ),
              },
              { key: 'hours', title: t('history.hours'), align: 'end', width: 120, render: (_: unknown, s) => (s.creditedHours ?? 0).toString() },
            ]}
          />
        </Flex>
      ) : null}
    </Card>
  );
}
