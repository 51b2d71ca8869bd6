import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Input, InputNumber, Segmented, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawRule, ExamFields, Question, SessionExamView } from '../../../../shared/contract/exam-types';
import type { TrainingSession, VocabItem } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { vocabOptions } from '../../records/vocab';

const DEFAULTS: ExamFields = { title: '', mode: 'draw', draw: [{ category: 'safety', topic: '', count: 10 }], questionIds: [], passPercent: 60, timeLimitMinutes: 30, attemptsAllowed: 2, shuffleOptions: true };

/** The exam of a session (or its whole series): questions drawn by category and count or a fixed list, pass mark, time, attempts. */
export function ExamSettings({ session, view, categories, onSaved }: { session: TrainingSession; view: SessionExamView; categories: readonly VocabItem[]; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [f, setF] = useState<ExamFields>(() => (view.exam ? { ...view.exam } : { ...DEFAULTS, title: session.title }));
  const [forSeries, setForSeries] = useState(view.exam?.seriesId !== null && view.exam?.seriesId !== undefined);
  const [fixed, setFixed] = useState<string[]>(() => view.exam?.questionIds ?? []);
  const [bank, setBank] = useState<Question[]>([]);
  useEffect(() => {
    if (f.mode !== 'fixed' || bank.length) return;
    void call('exams.questions', { stationId: session.stationId, limit: 500 }).then((r) => r.ok && setBank(r.value.rows));
  }, [bank.length, f.mode, session.stationId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const setRule = (i: number, patch: Partial<DrawRule>) => setF((x) => ({ ...x, draw: x.draw.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  const save = async () => {
    setBusy(true);
    setError(null);
    const fields = { ...f, questionIds: f.mode === 'fixed' ? fixed : [] };
    const r = await call('exams.save', { sessionId: session.id, forSeries, fields });
    setBusy(false);
    if (!r.ok) return setError(t(errorMessage(r.error).key));
    void message.success(t('exams.session.saved'));
    onSaved();
  };

  return (
    <Card size="small" title={t('exams.session.settings')} data-testid="exam-settings">
      <Flex vertical gap={10}>
        {error && <Alert type="error" title={error} />}
        <Space wrap>
          <span>{t('exams.session.examTitle')}</span>
          <Input style={{ width: 280 }} value={f.title} maxLength={100} onChange={(e) => setF({ ...f, title: e.target.value })} />
          <Segmented value={f.mode} onChange={(m) => setF({ ...f, mode: m as ExamFields['mode'] })} options={[{ value: 'draw', label: t('exams.session.draw') }, { value: 'fixed', label: t('exams.session.fixed') }]} />
        </Space>
        {f.mode === 'draw' ? (
          <Flex vertical gap={6}>
            {f.draw.map((r, i) => {
              const avail = view.available.find((a) => a.category === r.category && a.topic === r.topic);
              return (
                <Space key={i} wrap>
                  <Select style={{ minWidth: 160 }} value={r.category} options={vocabOptions(t, 'category', categories)} onChange={(category: string) => setRule(i, { category })} />
                  <Input style={{ width: 160 }} placeholder={t('exams.session.anyTopic')} value={r.topic} onChange={(e) => setRule(i, { topic: e.target.value })} />
                  <InputNumber min={1} max={200} value={r.count} onChange={(v) => setRule(i, { count: v ?? 1 })} data-testid={`exam-draw-count-${i}`} />
                  <span>{t('exams.session.questions')}</span>
                  {avail && (
                    <Typography.Text type={avail.available < r.count ? 'danger' : 'secondary'} data-testid="exam-available">
                      {t(avail.available < r.count ? 'exams.session.tooFew' : 'exams.session.available', { available: avail.available })}
                    </Typography.Text>
                  )}
                  <Button type="text" icon={<DeleteOutlined />} disabled={f.draw.length === 1} onClick={() => setF({ ...f, draw: f.draw.filter((_, j) => j !== i) })} aria-label={t('exams.bank.delete')} />
                </Space>
              );
            })}
            <Button icon={<PlusOutlined />} style={{ alignSelf: 'start' }} onClick={() => setF({ ...f, draw: [...f.draw, { category: 'safety', topic: '', count: 5 }] })}>
              {t('exams.session.addRule')}
            </Button>
          </Flex>
        ) : (
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            placeholder={t('exams.session.fixedHelp')}
            value={fixed}
            onChange={setFixed}
            options={bank.map((q) => ({ value: q.id, label: q.texts['zh-CN'].stem }))}
            data-testid="exam-fixed-questions"
          />
        )}
        <Space wrap size="large">
          <Space>
            {t('exams.session.passPercent')}
            <InputNumber min={1} max={100} value={f.passPercent} onChange={(v) => setF({ ...f, passPercent: v ?? 60 })} suffix="%" />
          </Space>
          <Space>
            {t('exams.session.timeLimit')}
            <InputNumber min={1} max={600} value={f.timeLimitMinutes} placeholder={t('exams.session.noLimit')} onChange={(v) => setF({ ...f, timeLimitMinutes: v ?? null })} />
          </Space>
          <Space>
            {t('exams.session.attempts')}
            <InputNumber min={1} max={10} value={f.attemptsAllowed} onChange={(v) => setF({ ...f, attemptsAllowed: v ?? 1 })} />
          </Space>
          <Space>
            <Switch checked={f.shuffleOptions} onChange={(v) => setF({ ...f, shuffleOptions: v })} />
            {t('exams.session.shuffle')}
          </Space>
          {session.seriesId && (
            <Checkbox checked={forSeries} onChange={(e) => setForSeries(e.target.checked)}>
              {t('exams.session.forSeries')}
            </Checkbox>
          )}
        </Space>
        <Typography.Text type="secondary">{t('exams.session.halfway')}</Typography.Text>
        <Button type="primary" style={{ alignSelf: 'start' }} loading={busy} onClick={() => void save()} data-testid="exam-settings-save">
          {t('exams.session.save')}
        </Button>
      </Flex>
    </Card>
  );
}
