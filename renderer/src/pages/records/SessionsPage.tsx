import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Page, TrainingSession } from '../../../../shared/contract/records';
import { SESSION_STATES, type SessionState } from '../../../../shared/domain/vocab';
import { call, subscribe } from '../../api/client';
import { SessionStateTag } from '../../components/records/SessionStateTag';
import { errorMessage } from '../../forms/errorText';
import { STATE_ACTIONS } from '../../records/sessionTimes';
import { useTrainers, useVocab } from '../../records/useCatalogue';
import { useDebounced } from '../../records/useDebounced';
import { labelOfCode } from '../../records/vocab';
import { useStation } from '../../state/station';
import { useSessionState } from './useSessionState';
import { DateInput } from '../../forms/DateInput';

export function SessionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { current } = useStation();
  const stationId = current?.id;
  const { trainers } = useTrainers(stationId);
  const { vocab } = useVocab(stationId);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [state, setState] = useState<SessionState | undefined>();
  const [trainerId, setTrainerId] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [data, setData] = useState<Page<TrainingSession> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const { ask, dialog } = useSessionState(() => setTick((n) => n + 1));

  useEffect(() => setPaging((p) => ({ ...p, page: 1 })), [q, from, to, state, trainerId]);

  useEffect(() => {
    if (!stationId) return;
    return subscribe((e) => {
      if (e.type === 'sessions.changed' && e.stationId === stationId) setTick((n) => n + 1);
    });
  }, [stationId]);

  useEffect(() => {
    if (!stationId) return;
    let live = true;
    setLoading(true);
    void call('sessions.list', {
      stationId,
      q,
      from: from || undefined,
      to: to || undefined,
      state,
      trainerId,
      offset: (paging.page - 1) * paging.pageSize,
      limit: paging.pageSize,
    }).then((r) => {
      if (!live) return;
      setLoading(false);
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(t(errorMessage(r.error).key));
    });
    return () => {
      live = false;
    };
  }, [stationId, q, from, to, state, trainerId, paging, tick, t]);

  const columns: TableProps<TrainingSession>['columns'] = useMemo(
    () => [
      { key: 'date', title: t('sessionPage.date'), render: (_: unknown, s) => s.startsAt.slice(0, 10), width: 120 },
      {
        key: 'time',
        title: t('sessionPage.time'),
        width: 170,
        render: (_: unknown, s) => (
          <span dir="ltr">
            {s.startsAt.slice(11, 16)}–{s.endsAt.slice(11, 16)}
            {s.endsAt.slice(0, 10) !== s.startsAt.slice(0, 10) ? <Tag className="next-day-tag">{t('sessionPage.nextDayShort')}</Tag> : null}
          </span>
        ),
      },
      {
        key: 'title',
        title: t('sessionPage.titleField'),
        render: (_: unknown, s) => (
          <span>
            {s.title} {s.seriesId ? <Tag>{t('sessionPage.series')}</Tag> : null}
          </span>
        ),
      },
      { key: 'category', title: t('sessionPage.category'), render: (_: unknown, s) => labelOfCode(t, 'category', vocab.contentCategories, s.category), responsive: ['lg'] },
      { key: 'trainers', title: t('sessionPage.trainers'), render: (_: unknown, s) => s.trainerNames.join(t('stationPage.listSeparator')), responsive: ['md'] },
      { key: 'hours', title: t('sessionPage.classHours'), dataIndex: 'classHours', width: 90 },
      { key: 'state', title: t('sessionPage.state'), render: (_: unknown, s) => <SessionStateTag state={s.state} />, width: 100 },
      {
        key: 'actions',
        title: t('sessionPage.actions'),
        render: (_: unknown, s) => (
          <Flex gap={4} wrap onClick={(e) => e.stopPropagation()}>
            {STATE_ACTIONS[s.state].map((a) => (
              <Button key={a.to} size="small" danger={a.to === 'cancelled'} onClick={() => ask(s, a.to)} data-testid={`session-${a.to}`}>
                {t(a.labelKey)}
              </Button>
            ))}
          </Flex>
        ),
      },
    ],
    [t, vocab.contentCategories, ask],
  );

  if (!current) return null;
  return (
    <Flex vertical gap={16} data-testid="sessions-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} className="page-title">
          {t('sessionPage.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/sessions/new')} data-testid="session-new">
          {t('sessionPage.new')}
        </Button>
      </Flex>
      <Flex gap={8} wrap align="center">
        <Input
          autoFocus
          allowClear
          className="worker-search"
          prefix={<SearchOutlined />}
          placeholder={t('sessionPage.searchPlaceholder')}
          aria-label={t('sessionPage.searchPlaceholder')}
          value={text}
          maxLength={50}
          onChange={(e) => setText(e.target.value)}
          data-testid="session-search"
        />
        <Flex gap={4} align="center">
          <DateInput aria-label={t('sessionPage.from')} value={from} onChange={setFrom} />
          <span>–</span>
          <DateInput aria-label={t('sessionPage.to')} value={to} onChange={setTo} />
        </Flex>
        <Select<SessionState>
          allowClear
          className="filter-select"
          placeholder={t('sessionPage.state')}
          value={state}
          onChange={setState}
          options={SESSION_STATES.map((s) => ({ value: s, label: t(`sessionState.${s}`) }))}
        />
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          className="filter-select"
          placeholder={t('sessionPage.trainers')}
          value={trainerId}
          onChange={setTrainerId}
          options={trainers.map((tr) => ({ value: tr.id, label: tr.name }))}
        />
      </Flex>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Table<TrainingSession>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.rows ?? []}
        onRow={(s) => ({ onClick: () => navigate(`/sessions/${s.id}`), className: 'clickable-row' })}
        onChange={(p) => setPaging({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => t('sessionPage.total', { n }),
        }}
        locale={{ emptyText: t('sessionPage.empty') }}
        data-testid="session-table"
      />
      {dialog}
    </Flex>
  );
}
