import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ExamResult, SessionExamRow, SessionExamView } from '../../../../shared/contract/exam-types';
import type { TrainingSession } from '../../../../shared/contract/records';
import { stationNow } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { useVocab } from '../../records/useCatalogue';
import { CorrectDialog } from './CorrectDialog';
import { ExamSettings } from './ExamSettings';
import { OralDialog } from './OralDialog';
import { PaperScoresDialog } from './PaperScoresDialog';

/** A session's exam: its settings, who took it with what result, oral and paper entries, corrections. */
export function SessionExamPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [session, setSession] = useState<TrainingSession | null>(null);
  const [view, setView] = useState<SessionExamView | null>(null);
  const { vocab } = useVocab(session?.stationId);
  const [oral, setOral] = useState<SessionExamRow | null>(null);
  const [correcting, setCorrecting] = useState<ExamResult | null>(null);
  const [paper, setPaper] = useState(false);

  const load = useCallback(async () => {
    const [s, v] = await Promise.all([call('sessions.get', { sessionId: id }), call('exams.session', { sessionId: id })]);
    if (s.ok) setSession(s.value);
    if (v.ok) setView(v.value);
  }, [id]);
  useEffect(() => void load(), [load]);

  if (!session || !view) return null;
  const result = (r: ExamResult | null) =>
    r ? (
      <Space size={4}>
        <Tag color={r.passed ? 'green' : 'red'}>{t(r.passed ? 'exams.passed' : 'exams.failed')}</Tag>
        <span dir="ltr">
          {r.score} / {r.maxScore}
        </span>
        <Typography.Text type="secondary">{t(`exams.method.${r.method}`)}</Typography.Text>
        {r.corrects && <Tag>{t('exams.session.corrected')}</Tag>}
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('exams.session.notTaken')}</Typography.Text>
    );
  const kioskUrl = `/kiosk/exam?session=${session.id}`;
  return (
    <Flex vertical gap={12} data-testid="session-exam-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('exams.session.title', { title: session.title })}
      </Typography.Title>
      <Link to={`/sessions/${session.id}`}>{t('exams.session.backToSession')}</Link>
      <ExamSettings key={view.exam?.updatedAt ?? 'new'} session={session} view={view} categories={vocab.contentCategories} onSaved={() => void load()} />
      {view.exam && (
        <Alert
          type="info"
          title={t('exams.session.kioskHelp')}
          description={
            <a href={kioskUrl} target="_blank" rel="noreferrer" dir="ltr">
              {kioskUrl}
            </a>
          }
        />
      )}
      <Card
        size="small"
        title={t('exams.session.results')}
        extra={
          view.exam && (
            <Space>
              <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/exam-results/${session.id}`)} data-testid="exam-results-print-open">
                {t('exams.print.open')}
              </Button>
              <Button onClick={() => setPaper(true)} data-testid="exam-paper-open">
                {t('exams.paper.open')}
              </Button>
            </Space>
          )
        }
      >
        <Table<SessionExamRow>
          rowKey="attendanceId"
          size="small"
          dataSource={view.rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('exams.session.name'), dataIndex: 'name', render: (n: string) => <bdi>{n}</bdi> },
            { title: t('exams.session.team'), dataIndex: 'team' },
            { title: t('exams.session.attempts'), dataIndex: 'attempts', width: 80 },
            { title: t('exams.session.best'), key: 'best', render: (_, r) => result(r.best) },
            { title: t('exams.session.at'), key: 'at', width: 150, render: (_, r) => (r.best ? <span dir="ltr">{stationNow(new Date(r.best.at)).replace('T', ' ')}</span> : '') },
            {
              title: '',
              key: 'actions',
              width: 200,
              render: (_, r) => (
                <Space size={0}>
                  {view.exam && (
                    <Button type="link" onClick={() => setOral(r)} data-testid="exam-oral-open">
                      {t('exams.oral.open')}
                    </Button>
                  )}
                  {r.best && (
                    <Button type="link" onClick={() => setCorrecting(r.best)}>
                      {t('exams.correct.open')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {oral && <OralDialog sessionId={session.id} row={oral} onClose={() => (setOral(null), void load())} />}
      {correcting && <CorrectDialog result={correcting} onClose={(done) => (setCorrecting(null), done && void load())} />}
      {paper && <PaperScoresDialog sessionId={session.id} rows={view.rows} onClose={(done) => (setPaper(false), done && void load())} />}
    </Flex>
  );
}
