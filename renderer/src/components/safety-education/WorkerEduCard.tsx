import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EduLevelProgress, EduProgress } from '../../../../shared/contract/safety-education-types';
import { call } from '../../api/client';
import { useLoad } from '../../pages/reports/useLoad';

/** Dates of a level's sessions as one short text: 2026-03-02, 2026-03-03. */
export function levelDates(l: EduLevelProgress): string {
  return [...new Set(l.sessions.map((s) => s.startsAt.slice(0, 10)))].join(', ');
}

/** The worker page's 三级安全教育 part: each level's hours against the minimum, dates, pass; and the card to print. */
export function WorkerEduCard({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const progress = useLoad<EduProgress>(() => call('safetyEducation.progress', { workerId }), [workerId]);
  const p = progress.data;
  return (
    <Card
      title={t('edu.title')}
      loading={!p && !progress.error}
      extra={
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/edu-card/${workerId}`)} data-testid="worker-edu-card-print">
          {t('edu.printCard')}
        </Button>
      }
      data-testid="worker-edu"
      data-state={p?.state}
    >
      {p ? (
        <Table<EduLevelProgress>
          rowKey="level"
          size="small"
          pagination={false}
          dataSource={p.levels}
          columns={[
            { title: t('edu.col.level'), dataIndex: 'level', render: (l: string) => t(`edu.level.${l}`) },
            { title: t('edu.col.hours'), key: 'hours', render: (_: unknown, l) => <span dir="ltr">{`${l.hours} / ${l.requiredHours}`}</span> },
            { title: t('edu.col.dates'), key: 'dates', render: (_: unknown, l) => <span dir="ltr">{levelDates(l)}</span> },
            {
              title: t('edu.col.pass'),
              key: 'pass',
              render: (_: unknown, l) => (!l.passRequired ? t('edu.pass.notRequired') : l.passed ? t('edu.pass.passed') : t('edu.pass.none')),
            },
            {
              title: t('edu.col.state'),
              key: 'state',
              render: (_: unknown, l) => (
                <Tag color={l.complete ? 'green' : l.sessions.length ? 'orange' : 'red'} data-testid={`worker-edu-${l.level}`} data-complete={l.complete}>
                  {l.complete ? t('edu.levelDone') : t('edu.levelOpen')}
                </Tag>
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
