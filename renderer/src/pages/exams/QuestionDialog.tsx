import { Alert, Checkbox, Col, Divider, Form, Input, InputNumber, Modal, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionFields, QuestionKind, QuestionText } from '../../../../shared/contract/exam-types';
import type { VocabItem } from '../../../../shared/contract/records';
import { directionOf } from '../../../../shared/i18n/languages';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { vocabOptions } from '../../records/vocab';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const blank = (n: number): QuestionText => ({ stem: '', options: Array.from({ length: n }, () => ''), explanation: '' });

/** Writing or changing one question: Chinese required, Uyghur and English optional, the same options in each. */
export function QuestionDialog({ stationId, question, categories, onClose }: { stationId: string; question: Question | null; categories: readonly VocabItem[]; onClose(saved: boolean): void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<QuestionKind>(question?.kind ?? 'single');
  const [category, setCategory] = useState(question?.category ?? 'safety');
  const [topic, setTopic] = useState(question?.topic ?? '');
  const [points, setPoints] = useState(question?.points ?? 1);
  const [count, setCount] = useState(Math.max(2, question?.texts['zh-CN'].options.length ?? 4));
  const [answer, setAnswer] = useState(question?.answer ?? '');
  const [texts, setTexts] = useState<Record<'zh-CN' | 'ug' | 'en', QuestionText>>({
    'zh-CN': question?.texts['zh-CN'] ?? blank(4),
    ug: question?.texts.ug ?? blank(4),
    en: question?.texts.en ?? blank(4),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const n = kind === 'truefalse' ? 0 : count;

  const setText = (lang: 'zh-CN' | 'ug' | 'en', patch: Partial<QuestionText>) => setTexts((x) => ({ ...x, [lang]: { ...x[lang], ...patch } }));
  const setOption = (lang: 'zh-CN' | 'ug' | 'en', i: number, v: string) => {
    const options = [...texts[lang].options];
    while (options.length <= i) options.push('');
    options[i] = v;
    setText(lang, { options });
  };
  const textOf = (lang: 'zh-CN' | 'ug' | 'en'): QuestionText => ({ stem: texts[lang].stem.trim(), options: Array.from({ length: n }, (_, i) => (texts[lang].options[i] ?? '').trim()), explanation: texts[lang].explanation.trim() });

  const save = async () => {
    const fields: QuestionFields = {
      kind, category, topic: topic.trim(), tradeIds: question?.tradeIds ?? [], skillLevel: question?.skillLevel ?? null, answer: [...answer].filter((l) => LETTERS.indexOf(l) < (kind === 'truefalse' ? 2 : n)).sort().join(''), points,
      texts: { 'zh-CN': textOf('zh-CN'), ...(texts.ug.stem.trim() ? { ug: textOf('ug') } : {}), ...(texts.en.stem.trim() ? { en: textOf('en') } : {}) },
    };
    setBusy(true);
    const r = await call('exams.saveQuestion', { stationId, ...(question ? { questionId: question.id } : {}), fields });
    setBusy(false);
    if (!r.ok) {
      const m = errorMessage(r.error);
      const fieldsBad = (r.error.details?.fields as { path: string; message: string }[] | undefined) ?? [];
      return setError([t(m.key, m.vars ?? {}), ...fieldsBad.map((f) => t(`exams.problem.${f.message}`, { defaultValue: f.message, letter: '', first: '', n }))].join(' '));
    }
    onClose(true);
  };

  const letters = LETTERS.slice(0, kind === 'truefalse' ? 2 : n);
  const answerLabel = (l: string, i: number) => (kind === 'truefalse' ? t(i === 0 ? 'exams.true' : 'exams.false') : l);
  const block = (lang: 'zh-CN' | 'ug' | 'en', label: string) => (
    <div dir={directionOf(lang)} lang={lang}>
      <Divider plain>{label}</Divider>
      <Form.Item label={t('exams.form.stem')} required={lang === 'zh-CN'}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} value={texts[lang].stem} onChange={(e) => setText(lang, { stem: e.target.value })} data-testid={`exam-stem-${lang}`} />
      </Form.Item>
      {Array.from({ length: n }, (_, i) => (
        <Form.Item key={i} label={`${t('exams.form.option')} ${LETTERS[i]}`}>
          <Input value={texts[lang].options[i] ?? ''} onChange={(e) => setOption(lang, i, e.target.value)} data-testid={`exam-option-${lang}-${i}`} />
        </Form.Item>
      ))}
      <Form.Item label={t('exams.form.explanation')}>
        <Input value={texts[lang].explanation} onChange={(e) => setText(lang, { explanation: e.target.value })} />
      </Form.Item>
    </div>
  );

  return (
    <Modal open width={720} title={t(question ? 'exams.form.edit' : 'exams.form.new')} okText={t('exams.form.save')} confirmLoading={busy} onOk={() => void save()} onCancel={() => onClose(false)}>
      <Form layout="horizontal" labelCol={{ span: 5 }} size="small">
        {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="exam-question-error" />}
        <Row gutter={8}>
          <Col span={12}>
            <Form.Item label={t('exams.bank.kind')} labelCol={{ span: 10 }}>
              <Select value={kind} onChange={(k: QuestionKind) => (setKind(k), setAnswer(''))} options={(['single', 'multiple', 'truefalse'] as const).map((k) => ({ value: k, label: t(`exams.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('exams.bank.category')} labelCol={{ span: 10 }}>
              <Select value={category} onChange={setCategory} options={vocabOptions(t, 'category', categories)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('exams.form.topic')} labelCol={{ span: 10 }}>
              <Input value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('exams.bank.points')} labelCol={{ span: 10 }}>
              <InputNumber min={0.5} max={100} step={0.5} value={points} onChange={(v) => setPoints(v ?? 1)} />
            </Form.Item>
          </Col>
          {kind !== 'truefalse' && (
            <Col span={12}>
              <Form.Item label={t('exams.form.optionCount')} labelCol={{ span: 10 }}>
                <InputNumber min={2} max={6} value={count} onChange={(v) => setCount(v ?? 4)} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item label={t('exams.bank.answer')} required>
          {kind === 'multiple' ? (
            <Checkbox.Group value={[...answer]} onChange={(v) => setAnswer((v as string[]).sort().join(''))} options={letters.map((l, i) => ({ value: l, label: answerLabel(l, i) }))} />
          ) : (
            <Radio.Group value={answer} onChange={(e) => setAnswer(e.target.value as string)} options={letters.map((l, i) => ({ value: l, label: answerLabel(l, i) }))} data-testid="exam-answer" />
          )}
        </Form.Item>
        {block('zh-CN', t('exams.form.inZh'))}
        {block('ug', t('exams.form.inUg'))}
        {block('en', t('exams.form.inEn'))}
      </Form>
    </Modal>
  );
}
