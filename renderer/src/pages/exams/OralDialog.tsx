import { Alert, Checkbox, Flex, Modal, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExamFinishAnswer, ExamStartAnswer, SessionExamRow } from '../../../../shared/contract/exam-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';

const LETTERS = 'ABCDEF';
const newKey = () => crypto.randomUUID().replace(/-/g, '');

/** The trainer reads the paper to a worker who cannot read and enters the answers (recorded as oral). */
export function OralDialog({ sessionId, row, onClose }: { sessionId: string; row: SessionExamRow; onClose(): void }) {
  const { t } = useTranslation();
  const [start, setStart] = useState<ExamStartAnswer | null>(null);
  const [answers, setAnswers] = useState<Record<string, number[]>>({});
  const [done, setDone] = useState<ExamFinishAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [key] = useState(newKey);

  useEffect(() => {
    void call('exams.startOral', { sessionId, workerId: row.workerId, language: 'zh-CN' }).then((r) => {
      if (!r.ok) return setError(t(errorMessage(r.error).key));
      setStart(r.value);
      if (r.value.paper) setAnswers(r.value.paper.answers);
    });
  }, [row.workerId, sessionId, t]);

  const finish = async () => {
    if (!start?.paper) return onClose();
    const r = await call('kiosk.examFinish', { attemptId: start.paper.attemptId, answers, idempotencyKey: key });
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    setDone(r.value);
  };

  const paper = start?.paper;
  return (
    <Modal open width={760} title={t('exams.oral.title', { name: row.name })} okText={done ? t('exams.oral.close') : t('exams.oral.submit')} onOk={() => (done ? onClose() : void finish())} onCancel={onClose} okButtonProps={{ disabled: !paper && !done, ...{ 'data-testid': 'exam-oral-submit' } }}>
      {error && <Alert type="error" title={error} />}
      {start && !paper && <Alert type="warning" title={t(`examkiosk.outcome.${start.outcome}`, { score: start.last?.score ?? '' })} />}
      {done && <Alert type={done.result.passed ? 'success' : 'warning'} data-testid="exam-oral-result" title={t('exams.oral.result', { score: done.result.score, max: done.result.maxScore, verdict: t(done.result.passed ? 'exams.passed' : 'exams.failed') })} />}
      {paper && !done && (
        <Flex vertical gap={12} style={{ maxHeight: '60vh', overflow: 'auto' }}>
          <Typography.Text type="secondary">{t('exams.oral.help')}</Typography.Text>
          {paper.questions.map((q, n) => {
            const chosen = answers[q.id] ?? [];
            const options = q.options.map((o, i) => ({ value: o.index, label: `${LETTERS[i]}. ${o.text}` }));
            return (
              <div key={q.id}>
                <Typography.Text strong>
                  {n + 1}. {q.stem}
                </Typography.Text>
                <div>
                  {q.kind === 'multiple' ? (
                    <Checkbox.Group options={options} value={chosen} onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v as number[] }))} />
                  ) : (
                    <Radio.Group options={options} value={chosen[0]} onChange={(e) => setAnswers((a) => ({ ...a, [q.id]: [e.target.value as number] }))} />
                  )}
                </div>
              </div>
            );
          })}
        </Flex>
      )}
    </Modal>
  );
}
