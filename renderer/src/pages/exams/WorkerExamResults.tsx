import { Card, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkerExamRow } from '../../../../shared/contract/exam-types';
import { call } from '../../api/client';

/** The worker's exam scores on their page: each session's best result. */
export function WorkerExamResults({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<WorkerExamRow[] | null>(null);
  useEffect(() => {
    void call('exams.workerResults', { workerId }).then((r) => r.ok && setRows(r.value));
  }, [workerId]);
  if (!rows) return null;
  return (
    <div data-testid="worker-exam-results">
    <Card size="small" title={t('exams.worker.title')}>
      <Table<WorkerExamRow>
        size="small"
        rowKey={(r) => r.result.attendanceId}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('exams.worker.none') }}
        columns={[
          { title: t('exams.worker.session'), key: 's', render: (_, r) => <Link to={`/sessions/${r.sessionId}/exam`}><span dir="ltr">{r.startsAt.slice(0, 10)}</span> <bdi>{r.sessionTitle}</bdi></Link> },
          { title: t('exams.worker.score'), key: 'score', width: 120, render: (_, r) => <span dir="ltr">{r.result.score} / {r.result.maxScore}</span> },
          { title: t('exams.worker.result'), key: 'p', width: 100, render: (_, r) => <Tag color={r.result.passed ? 'green' : 'red'}>{t(r.result.passed ? 'exams.passed' : 'exams.failed')}</Tag> },
          { title: t('exams.worker.method'), key: 'm', width: 100, render: (_, r) => t(`exams.method.${r.result.method}`) },
        ]}
      />
    </Card>
    </div>
  );
}
