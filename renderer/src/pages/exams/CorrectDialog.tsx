import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExamResult } from '../../../../shared/contract/exam-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';

/** A corrected score: appended beside the earlier one, with the reason, and audited. */
export function CorrectDialog({ result, onClose }: { result: ExamResult; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState(result.score);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const r = await call('exams.correct', { resultId: result.id, score, reason });
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    onClose(true);
  };
  return (
    <Modal open title={t('exams.correct.title')} onOk={() => void save()} onCancel={() => onClose(false)} okButtonProps={{ disabled: !reason.trim() }}>
      {error && <Alert type="error" title={error} />}
      <Form layout="vertical">
        <Form.Item label={t('exams.correct.score', { max: result.maxScore })}>
          <InputNumber min={0} max={result.maxScore} value={score} onChange={(v) => setScore(v ?? 0)} />
        </Form.Item>
        <Form.Item label={t('exams.correct.reason')} required>
          <Input.TextArea maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
