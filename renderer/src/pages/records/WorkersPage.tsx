import { DownloadOutlined, IdcardOutlined, PlusOutlined, SafetyOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Select, Table, Typography, type TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Page, WorkerListItem } from '../../../../shared/contract/records';
import { call, subscribe } from '../../api/client';
import { ExportDialog, type ExportChoice } from '../../components/records/ExportDialog';
import { WorkerStatusTag } from '../../components/records/WorkerStatusTag';
import { EduBriefTag } from '../../components/safety-education/EduBriefTag';
import { useEduBriefs } from '../../components/safety-education/useEduBriefs';
import { errorMessage } from '../../forms/errorText';
import { storeBadgeSelection } from '../../records/badgeSelection';
import { saveExport } from '../../records/files';
import { useTrades } from '../../records/useCatalogue';
import { useDebounced } from '../../records/useDebounced';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useStation } from '../../state/station';
import { useTradeName } from '../../records/useTradeName';

type SortKey = 'name' | 'createdAt' | 'team' | 'badgeCode';
type StatusFilter = 'on_site' | 'left' | 'all';

interface Query {
  status: StatusFilter;
  team?: string;
  tradeId?: string;
  employer?: string;
  includeArchived: boolean;
  sort: SortKey;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const FIRST: Query = { status: 'all', includeArchived: false, sort: 'createdAt', dir: 'desc', page: 1, pageSize: 20 };

export function WorkersPage() {
  const { t } = useTranslation();
  const { trade: tradeLabel } = useTradeName();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { current } = useStation();
  const stationId = current?.id;
  const isAdmin = useIsAdmin();
  const trades = useTrades(stationId);
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [query, setQuery] = useState<Query>(FIRST);
  const [data, setData] = useState<Page<WorkerListItem> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [teams, setTeams] = useState<{ teams: string[]; employers: string[] }>({ teams: [], employers: [] });
  const [selected, setSelected] = useState<string[]>([]);
  const [exporting, setExporting] = useState<{ open: boolean; busy: boolean; error: string | null }>({ open: false, busy: false, error: null });

  const [tick, setTick] = useState(0);

  // Another screen (an import, a kiosk, a second admin) changed workers: show it.
  useEffect(() => {
    if (!stationId) return;
    return subscribe((e) => {
      if (e.type === 'workers.changed' && e.stationId === stationId) setTick((n) => n + 1);
    });
  }, [stationId]);

  // A new search starts on the first page.
  useEffect(() => setQuery((v) => (v.page === 1 ? v : { ...v, page: 1 })), [q]);

  useEffect(() => {
    if (!stationId) return;
    void call('workers.teams', { stationId }).then((r) => r.ok && setTeams(r.value));
  }, [stationId, tick]);

  useEffect(() => {
    if (!stationId) return;
    let live = true;
    setLoading(true);
    void call('workers.search', {
      stationId,
      q,
      status: query.status,
      team: query.team,
      tradeId: query.tradeId,
      employer: query.employer,
      includeArchived: query.includeArchived,
      sort: query.sort,
      dir: query.dir,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
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
  }, [stationId, q, query, tick, t]);

  const eduBriefs = useEduBriefs(stationId, useMemo(() => data?.rows.map((w) => w.id) ?? [], [data]));
  const columns: TableProps<WorkerListItem>['columns'] = useMemo(
    () => [
      {
        key: 'name',
        title: t('workerForm.name'),
        dataIndex: 'name',
        sorter: true,
        sortOrder: query.sort === 'name' ? (query.dir === 'asc' ? 'ascend' : 'descend') : null,
        render: (name: string) => <span className="worker-name" dir="auto">{name}</span>,
      },
      { key: 'idMasked', title: t('workerForm.idNumber'), dataIndex: 'idMasked', render: (v: string) => <span className="id-number">{v}</span> },
      { key: 'mobile', title: t('workerForm.mobile'), dataIndex: 'mobile', responsive: ['lg'] },
      { key: 'trade', title: t('workerForm.trade'), dataIndex: 'tradeName', render: (v: string | null) => tradeLabel(v) },
      {
        key: 'team',
        title: t('workerForm.team'),
        dataIndex: 'team',
        sorter: true,
        sortOrder: query.sort === 'team' ? (query.dir === 'asc' ? 'ascend' : 'descend') : null,
      },
      { key: 'employer', title: t('workerForm.employer'), dataIndex: 'employer', responsive: ['xl'] },
      {
        key: 'badgeCode',
        title: t('workerForm.badgeCode'),
        dataIndex: 'badgeCode',
        sorter: true,
        sortOrder: query.sort === 'badgeCode' ? (query.dir === 'asc' ? 'ascend' : 'descend') : null,
        responsive: ['md'],
      },
      {
        key: 'status',
        title: t('workerForm.status'),
        render: (_: unknown, w: WorkerListItem) => <WorkerStatusTag status={w.status} archived={w.archived} />,
      },
      { key: 'edu', title: t('edu.title'), render: (_: unknown, w: WorkerListItem) => <EduBriefTag brief={eduBriefs.get(w.id)} /> },
    ],
    [t, query.sort, query.dir, eduBriefs],
  );

  const onTableChange: TableProps<WorkerListItem>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = one?.order ? (String(one.columnKey) as SortKey) : 'createdAt';
    const dir = one?.order === 'ascend' ? 'asc' : 'desc';
    const sortChanged = key !== query.sort || dir !== query.dir;
    setQuery({
      ...query,
      sort: key,
      dir,
      page: sortChanged ? 1 : (pagination.current ?? 1),
      pageSize: pagination.pageSize ?? query.pageSize,
    });
  };

  const doExport = async (choice: ExportChoice) => {
    if (!stationId) return;
    setExporting({ open: true, busy: true, error: null });
    const r = await call('exports.workers', { stationId, ...choice, fullIdNumbers: isAdmin && choice.fullIdNumbers });
    if (!r.ok) return setExporting({ open: true, busy: false, error: t(errorMessage(r.error).key) });
    const saved = await saveExport(r.value);
    setExporting({ open: false, busy: false, error: null });
    if ('error' in saved) void message.error(saved.error);
    else if (saved.saved) void message.success(t('exportUi.saved', { file: saved.fileName }));
  };

  const printBadges = () => {
    storeBadgeSelection(selected);
    navigate('/print/badges');
  };

  const filterSelect = (value: string | undefined, placeholder: string, options: { value: string; label: string }[], set: (v: string | undefined) => void, testId: string) => (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      className="filter-select"
      placeholder={placeholder}
      aria-label={placeholder}
      value={value}
      onChange={(v: string | undefined) => set(v)}
      options={options}
      data-testid={testId}
    />
  );

  if (!current) return null;
  const total = data?.total ?? 0;
  return (
    <Flex vertical gap={16} data-testid="workers-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} className="page-title">
          {t('workerList.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/workers/new')} data-testid="worker-new">
            {t('workerList.new')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => navigate('/workers/import')} data-testid="worker-import">
            {t('importUi.open')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => setExporting({ open: true, busy: false, error: null })} data-testid="worker-export">
            {t('exportUi.open')}
          </Button>
          <Button icon={<IdcardOutlined />} disabled={selected.length === 0} onClick={printBadges} data-testid="print-badges">
            {t('workerList.printBadges', { count: selected.length })}
          </Button>
          <Button icon={<SafetyOutlined />} disabled={selected.length === 0 || selected.length > 500} onClick={() => navigate(`/print/edu-cards?workers=${selected.join(',')}`)} data-testid="print-edu-cards">
            {t('edu.printCards', { count: selected.length })}
          </Button>
        </Flex>
      </Flex>
      <Flex gap={8} wrap align="center">
        <Input
          autoFocus
          allowClear
          className="worker-search"
          prefix={<SearchOutlined />}
          placeholder={t('workerList.searchPlaceholder')}
          aria-label={t('workerList.search')}
          value={text}
          maxLength={50}
          onChange={(e) => setText(e.target.value)}
          // A scanned badge code or a typed ID number ends with Enter: one match opens it.
          onPressEnter={() => {
            if (data && data.rows.length === 1 && q === text.trim()) navigate(`/workers/${data.rows[0]!.id}`);
          }}
          data-testid="worker-search"
        />
        <Select<StatusFilter>
          className="filter-select"
          aria-label={t('workerForm.status')}
          value={query.status}
          onChange={(status) => setQuery({ ...query, status, page: 1 })}
          options={[
            { value: 'all', label: t('workerList.statusAll') },
            { value: 'on_site', label: t('workerStatus.on_site') },
            { value: 'left', label: t('workerStatus.left') },
          ]}
          data-testid="filter-status"
        />
        {filterSelect(query.team, t('workerForm.team'), teams.teams.map((v) => ({ value: v, label: v })), (team) => setQuery({ ...query, team, page: 1 }), 'filter-team')}
        {filterSelect(query.tradeId, t('workerForm.trade'), trades.map((tr) => ({ value: tr.id, label: tradeLabel(tr.name) })), (tradeId) => setQuery({ ...query, tradeId, page: 1 }), 'filter-trade')}
        {filterSelect(query.employer, t('workerForm.employer'), teams.employers.map((v) => ({ value: v, label: v })), (employer) => setQuery({ ...query, employer, page: 1 }), 'filter-employer')}
        <Select<'no' | 'yes'>
          className="filter-select"
          aria-label={t('workerList.archivedFilter')}
          value={query.includeArchived ? 'yes' : 'no'}
          onChange={(v) => setQuery({ ...query, includeArchived: v === 'yes', page: 1 })}
          options={[
            { value: 'no', label: t('workerList.hideArchived') },
            { value: 'yes', label: t('workerList.showArchived') },
          ]}
        />
      </Flex>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <Table<WorkerListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.rows ?? []}
        onChange={onTableChange}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (keys) => setSelected(keys.map(String).slice(0, 500)),
        }}
        onRow={(w) => ({
          onClick: (e) => {
            // Clicks on the selection checkbox select; anywhere else opens the record.
            if ((e.target as HTMLElement).closest('.ant-table-selection-column')) return;
            navigate(`/workers/${w.id}`);
          },
          className: 'clickable-row',
        })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => (data?.totalCapped ? t('workerList.totalCapped', { n }) : t('workerList.total', { n })),
        }}
        locale={{ emptyText: q ? t('workerList.noMatch') : t('workerList.empty') }}
        data-testid="worker-table"
      />
      <ExportDialog
        open={exporting.open}
        busy={exporting.busy}
        error={exporting.error}
        isAdmin={isAdmin}
        onExport={(c) => void doExport(c)}
        onCancel={() => setExporting({ open: false, busy: false, error: null })}
      />
    </Flex>
  );
}

