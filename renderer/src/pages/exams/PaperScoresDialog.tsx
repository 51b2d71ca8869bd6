import { Alert, Flex, InputNumber, Modal, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionExamRow } from '../../../../shared/contract/exam-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';

/** A paper exam's scores for the whole session in one table (recorded as method paper). */
export function PaperScoresDialog({ sessionId, rows, onClose }: { sessionId: string; rows: SessionExamRow[]; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [max, setMax] = useState(100);
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const entered = Object.entries(scores).filter((e): e is [string, number] => typeof e[1] === 'number').map(([workerId, score]) => ({ workerId, score }));
    if (!entered.length) return onClose(false);
    setBusy(true);
    const r = await call('exams.paperScores', { sessionId, maxScore: max, rows: entered });
    setBusy(false);
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    if (r.value.skipped.length) return setError(t('exams.paper.skipped', { count: r.value.skipped.length }));
    onClose(true);
  };
  return (
    <Modal open width={640} title={t('exams.paper.title')} confirmLoading={busy} onOk={() => void save()} onCancel={() => onClose(false)} okButtonProps={{ ...{ 'data-testid': 'exam-paper-save' } }}>
      <Flex vertical gap={8}>
        {error && <Alert type="warning" title={error} />}
        <Space>
          {t('exams.paper.max')}
          <InputNumber min={1} max={1000} value={max} onChange={(v) => setMax(v ?? 100)} />
        </Space>
        <Table<SessionExamRow>
          size="small"
          rowKey="workerId"
          dataSource={rows}
          pagination={false}
          scroll={{ y: 360 }}
          columns={[
            { title: t('exams.session.name'), dataIndex: 'name', render: (n: string) => <bdi>{n}</bdi> },
            { title: t('exams.session.team'), dataIndex: 'team' },
            {
              title: t('exams.paper.score'),
              key: 'score',
              width: 140,
              render: (_, r) => (
                <InputNumber min={0} max={max} value={scores[r.workerId] ?? null} onChange={(v) => setScores((s) => ({ ...s, [r.workerId]: v }))} data-testid="exam-paper-score" />
              ),
            },
          ]}
        />
      </Flex>
    </Modal>
  );
}
