import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionKind, QuestionPage } from '../../../../shared/contract/exam-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useVocab } from '../../records/useCatalogue';
import { labelOfCode, vocabOptions } from '../../records/vocab';
import { useStation } from '../../state/station';
import { useExport } from '../reports/useExport';
import { BankImportDialog } from './BankImportDialog';
import { QuestionDialog } from './QuestionDialog';

const PAGE = 50;

/** The question bank (题库): filter by category, topic and type; edit, delete, import, export, starter bank. */
export function BankPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { current } = useStation();
  const stationId = current?.id;
  const { vocab } = useVocab(stationId);
  const exporter = useExport();
  const [filter, setFilter] = useState<{ category?: string; kind?: QuestionKind; q?: string; offset: number }>({ offset: 0 });
  const [page, setPage] = useState<QuestionPage | null>(null);
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [importing, setImporting] = useState(false);

  const load = useCallback(async () => {
    if (!stationId) return;
    const r = await call('exams.questions', { stationId, ...filter, limit: PAGE });
    if (r.ok) setPage(r.value);
  }, [filter, stationId]);
  useEffect(() => void load(), [load]);

  const remove = async (q: Question) => {
    const r = await call('exams.deleteQuestion', { questionId: q.id });
    if (!r.ok) return void message.error(t(errorMessage(r.error).key));
    void message.success(t('exams.bank.deleted'));
    void load();
  };
  const starter = async () => {
    if (!stationId) return;
    const r = await call('exams.loadStarter', { stationId });
    if (!r.ok) return void message.error(t(errorMessage(r.error).key));
    void message.success(t('exams.bank.starterLoaded', { added: r.value.added, existing: r.value.existing }));
    void load();
  };

  const category = (q: Question) => labelOfCode(t, 'category', vocab.contentCategories, q.category);
  if (!current) return null;
  return (
    <Flex vertical gap={12} data-testid="exam-bank-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('exams.bank.title')}
        </Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="exam-question-new">
            {t('exams.bank.new')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="exam-bank-import">
            {t('exams.bank.import')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporter.busy === 'bank'} onClick={() => void exporter.run('bank', () => call('exams.exportBank', { stationId: current.id }))}>
            {t('exams.bank.export')}
          </Button>
          <Popconfirm title={t('exams.bank.starterConfirm')} onConfirm={() => void starter()}>
            <Button data-testid="exam-bank-starter">{t('exams.bank.starter')}</Button>
          </Popconfirm>
        </Space>
      </Flex>
      <Space wrap>
        <Select
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('exams.bank.category')}
          options={vocabOptions(t, 'category', vocab.contentCategories)}
          value={filter.category}
          onChange={(v?: string) => setFilter((f) => ({ ...f, category: v, offset: 0 }))}
        />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('exams.bank.kind')}
          options={(['single', 'multiple', 'truefalse'] as const).map((k) => ({ value: k, label: t(`exams.kind.${k}`) }))}
          value={filter.kind}
          onChange={(v?: QuestionKind) => setFilter((f) => ({ ...f, kind: v, offset: 0 }))}
        />
        <Input.Search allowClear style={{ width: 240 }} placeholder={t('exams.bank.search')} onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined, offset: 0 }))} />
        {page && <Typography.Text type="secondary">{t('exams.bank.total', { count: page.total })}</Typography.Text>}
      </Space>
      <Table<Question>
        rowKey="id"
        size="small"
        dataSource={page?.rows ?? []}
        loading={!page}
        pagination={{ current: filter.offset / PAGE + 1, pageSize: PAGE, total: page?.total ?? 0, showSizeChanger: false, onChange: (p) => setFilter((f) => ({ ...f, offset: (p - 1) * PAGE })) }}
        columns={[
          { title: t('exams.bank.kind'), key: 'kind', width: 90, render: (_, q) => t(`exams.kind.${q.kind}`) },
          { title: t('exams.bank.stem'), key: 'stem', render: (_, q) => <bdi>{q.texts['zh-CN'].stem}</bdi> },
          { title: t('exams.bank.category'), key: 'cat', width: 170, render: (_, q) => (q.topic ? `${category(q)} · ${q.topic}` : category(q)) },
          { title: t('exams.bank.answer'), key: 'answer', width: 80, render: (_, q) => (q.kind === 'truefalse' ? t(q.answer === 'A' ? 'exams.true' : 'exams.false') : q.answer) },
          { title: t('exams.bank.points'), dataIndex: 'points', width: 60 },
          { title: t('exams.bank.languages'), key: 'langs', width: 110, render: (_, q) => <Space size={2}>{q.texts.ug && <Tag>ug</Tag>}{q.texts.en && <Tag>en</Tag>}</Space> },
          {
            title: '',
            key: 'actions',
            width: 110,
            render: (_, q) => (
              <Space size={0}>
                <Button type="link" icon={<EditOutlined />} aria-label={t('exams.bank.edit')} onClick={() => setEditing(q)} />
                <Popconfirm title={t('exams.bank.deleteConfirm')} onConfirm={() => void remove(q)}>
                  <Button type="link" danger icon={<DeleteOutlined />} aria-label={t('exams.bank.delete')} data-testid="exam-question-delete" />
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing && <QuestionDialog stationId={current.id} question={editing === 'new' ? null : editing} categories={vocab.contentCategories} onClose={(saved) => (setEditing(null), saved && void load())} />}
      {importing && <BankImportDialog stationId={current.id} categories={vocab.contentCategories} onClose={(done) => (setImporting(false), done && void load())} />}
    </Flex>
  );
}
