import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditActor, AuditFacets, AuditRow } from '../../../../shared/contract/audit-types';
import type { Page } from '../../../../shared/contract/records';
import { call } from '../../api/client';
import { AuditDiff } from '../../components/trust/AuditDiff';
import { saveExport } from '../../records/files';
import { useDebounced } from '../../records/useDebounced';
import { errorText, formatTime } from './format';
import './trust.css';
import { DateInput } from '../../forms/DateInput';

const PAGE_SIZE = 50;

/** The record's name as its snapshot had it (a worker's, a trainer's), to tell rows apart at a glance. */
function recordName(r: AuditRow): string | null {
  for (const side of [r.after, r.before]) {
    if (typeof side === 'object' && side !== null && !Array.isArray(side) && typeof side.name === 'string') return side.name;
  }
  return null;
}

interface Filters {
  from: string;
  to: string;
  entity: string | undefined;
  action: string | undefined;
  /** 'account:<id>' or 'device:<id>'. */
  actor: string | undefined;
  q: string;
}

const NO_FILTERS: Filters = { from: '', to: '', entity: undefined, action: undefined, actor: undefined, q: '' };

/** The filters as the channel takes them: empty ones left out. */
function toInput(f: Filters) {
  const [kind, id] = f.actor ? (f.actor.split(':') as [string, string]) : [undefined, undefined];
  return {
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(kind === 'account' ? { accountId: id } : {}),
    ...(kind === 'device' ? { deviceId: id } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}

/**
 * The append-only audit log: who changed what, when and through which host, filterable, each row
 * opening to its change field by field. Read and export only; the app has no way to edit it.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<Page<AuditRow> | null>(null);
  const [facets, setFacets] = useState<AuditFacets | null>(null);
  const [loading, setLoading] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const q = useDebounced(filters.q, 300);
  const input = useMemo(() => toInput({ ...filters, q }), [filters, q]);
  const exists = useCallback((key: string) => i18n.exists(key), [i18n]);

  const label = useCallback(
    (kind: 'action' | 'entity' | 'via', code: string) => t(`trustui.audit.${kind}.${code}`, { defaultValue: code }),
    [t],
  );
  const actorName = useCallback(
    (a: AuditActor) => {
      if (a.kind === 'system') return t('trustui.audit.system');
      // The user name first: it is what the log's "who" means; the display name only helps recognise it.
      const name = a.name ?? a.id ?? '';
      return a.kind === 'device' ? t('trustui.audit.device', { name }) : name;
    },
    [t],
  );

  const load = useCallback(async () => {
    setLoading(true);
    const r = await call('audit.list', { ...input, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    setLoading(false);
    if (!r.ok) return setAlert(errorText(t, exists, r.error));
    setAlert(null);
    setData(r.value);
  }, [input, page, t, exists]);

  useEffect(() => {
    void load();
  }, [load]);

  const loadFacets = useCallback(() => void call('audit.facets', {}).then((r) => r.ok && setFacets(r.value)), []);
  useEffect(loadFacets, [loadFacets]);

  const change = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const exportLog = async () => {
    setExporting(true);
    const r = await call('audit.export', input);
    setExporting(false);
    if (!r.ok) return void message.error(errorText(t, exists, r.error));
    const saved = await saveExport(r.value);
    if (saved.saved) void message.success(t('trustui.audit.exported', { file: saved.fileName }));
    else if ('error' in saved) void message.error(saved.error);
    // The export is now a row of its own, maybe of an action or record type not offered before.
    void load();
    loadFacets();
  };

  const options = (kind: 'action' | 'entity', codes: string[] | undefined) =>
    (codes ?? []).map((c) => ({ value: c, label: label(kind, c) }));

  return (
    <Flex vertical gap={16} data-testid="audit-page">
      <Typography.Title level={2} className="page-title">
        {t('trustui.audit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('trustui.audit.intro')}</Typography.Paragraph>
      <Card>
        <Flex gap={8} wrap align="center" className="trust-filters" data-testid="audit-filters">
          <DateInput
            aria-label={t('trustui.audit.from')}
            value={filters.from}
            onChange={(v) => change({ from: v })}
            data-testid="audit-from"
          />
          <span aria-hidden>–</span>
          <DateInput
            aria-label={t('trustui.audit.to')}
            value={filters.to}
            onChange={(v) => change({ to: v })}
            data-testid="audit-to"
          />
          <Select
            allowClear
            placeholder={t('trustui.audit.anyEntity')}
            aria-label={t('trustui.audit.col.entity')}
            value={filters.entity}
            onChange={(v: string | undefined) => change({ entity: v })}
            options={options('entity', facets?.entities)}
            data-testid="audit-entity"
          />
          <Select
            allowClear
            placeholder={t('trustui.audit.anyAction')}
            aria-label={t('trustui.audit.col.action')}
            value={filters.action}
            onChange={(v: string | undefined) => change({ action: v })}
            options={options('action', facets?.actions)}
            popupMatchSelectWidth={false}
            data-testid="audit-action"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('trustui.audit.anyone')}
            aria-label={t('trustui.audit.col.who')}
            value={filters.actor}
            onChange={(v: string | undefined) => change({ actor: v })}
            options={(facets?.actors ?? []).map((a) => ({
              value: `${a.kind}:${a.id ?? ''}`,
              label: a.displayName && a.displayName !== a.name ? `${actorName(a)} · ${a.displayName}` : actorName(a),
            }))}
            popupMatchSelectWidth={false}
            data-testid="audit-actor"
          />
          <Input.Search
            allowClear
            className="trust-search"
            placeholder={t('trustui.audit.search')}
            aria-label={t('trustui.audit.search')}
            value={filters.q}
            onChange={(e) => change({ q: e.target.value })}
            data-testid="audit-search"
          />
          <Button onClick={() => change(NO_FILTERS)}>{t('trustui.audit.clear')}</Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              void load();
              loadFacets();
            }}
            aria-label={t('trustui.audit.reload')}
          />
          <Button type="primary" icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportLog()} data-testid="audit-export">
            {t('trustui.audit.export')}
          </Button>
        </Flex>
        {alert ? <Alert type="error" showIcon title={alert} className="form-alert" /> : null}
        <Table<AuditRow>
          rowKey="id"
          size="middle"
          loading={loading}
          dataSource={data?.rows ?? []}
          data-testid="audit-table"
          locale={{ emptyText: <Empty description={t('trustui.audit.none')} /> }}
          expandable={{
            expandRowByClick: true,
            expandedRowRender: (r) => <AuditDiff before={r.before} after={r.after} />,
          }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total) => (data?.totalCapped ? t('trustui.audit.totalCapped', { total }) : t('trustui.audit.total', { total })),
          }}
          columns={[
            {
              title: t('trustui.audit.col.at'),
              dataIndex: 'at',
              render: (v: string) => (
                <bdi dir="ltr" className="trust-nowrap">
                  {formatTime(v, i18n.language)}
                </bdi>
              ),
            },
            {
              title: t('trustui.audit.col.who'),
              key: 'who',
              render: (_: unknown, r) => (
                <Flex vertical>
                  <bdi data-testid="audit-who">
                    {actorName(r.who)}
                  </bdi>
                  {r.who.displayName && r.who.displayName !== r.who.name ? (
                    <Typography.Text type="secondary">
                      <bdi>{r.who.displayName}</bdi>
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            { title: t('trustui.audit.col.via'), dataIndex: 'via', render: (v: string) => <Tag>{label('via', v)}</Tag> },
            { title: t('trustui.audit.col.action'), dataIndex: 'action', render: (v: string) => <span className="trust-nowrap" data-testid="audit-action-cell">{label('action', v)}</span> },
            {
              title: t('trustui.audit.col.entity'),
              key: 'entity',
              render: (_: unknown, r) => {
                const name = recordName(r);
                return (
                  <Flex vertical>
                    <span>{label('entity', r.entity)}</span>
                    {name ? (
                      <Typography.Text type="secondary" data-testid="audit-record-name">
                        <bdi>{name}</bdi>
                      </Typography.Text>
                    ) : null}
                  </Flex>
                );
              },
            },
            {
              title: t('trustui.audit.col.entityId'),
              dataIndex: 'entityId',
              // Ids are long: the tail tells rows apart (and finds them in the search box); the copy button gives the whole.
              render: (v: string | null) =>
                v ? (
                  <Typography.Text className="trust-code trust-nowrap" title={v} copyable={{ text: v }}>
                    …{v.slice(-8)}
                  </Typography.Text>
                ) : null,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
