import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PlanEntry } from '../../../../shared/contract/report-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useTrades } from '../../records/useCatalogue';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useStation } from '../../state/station';
import { PlanDialog } from './PlanDialog';
import { scopeText, tradeText, yearsText } from './planLabels';
import { ReportImport } from './ReportImport';
import { ReportsNav } from './ReportsNav';
import { yearOf } from './periodParams';
import { useLoad } from './useLoad';
import { YearPicker } from './YearPicker';

/** The training plan (seed 000's tables): yearly person-time targets per trade and township or team. */
export function PlansPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const isAdmin = useIsAdmin();
  const { current } = useStation();
  const stationId = current?.id;
  const trades = useTrades(stationId);
  const [params, setParams] = useSearchParams();
  const year = yearOf(params.get('year'));
  const [editing, setEditing] = useState<{ entry: PlanEntry | null } | null>(null);
  const plans = useLoad<PlanEntry[]>(() => (stationId ? call('plans.list', { stationId, year }) : null), [stationId, year]);
  // The multi-year targets shown (seed 000 附件2's 2023-2025), each offering per-year targets on request.
  const spans = [...new Set((plans.data ?? []).filter((p) => p.yearTo > p.year).map((p) => `${p.year}-${p.yearTo}`))].map((k) => k.split('-').map(Number) as [number, number]);
  const total = (plans.data ?? []).filter((p) => p.scopeKind === 'station' && p.tradeId === null)[0];

  const remove = (p: PlanEntry) =>
    modal.confirm({
      title: t('reportsui.plan.deleteTitle'),
      content: t('reportsui.plan.deleteText', { scope: scopeText(t, p.scopeKind, p.scope), trade: tradeText(t, p.tradeName, p.kind), target: p.target }),
      okText: t('reportsui.delete'),
      okButtonProps: { danger: true },
      cancelText: t('rec.cancel'),
      onOk: async () => {
        const r = await call('plans.delete', { planId: p.id });
        if (r.ok) {
          void message.success(t('reportsui.plan.deleted'));
          plans.reload();
        } else {
          const m = errorMessage(r.error);
          void message.error(t(m.key, m.vars ?? {}));
        }
      },
    });

  return (
    <ReportsNav
      testId="plans-page"
      extra={
        <>
          <YearPicker year={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} testId="plan-year" />
          {isAdmin ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ entry: null })} data-testid="plan-add">
              {t('reportsui.plan.add')}
            </Button>
          ) : null}
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('reportsui.plan.help', { year })}</Typography.Paragraph>
      {plans.error ? <Alert type="error" showIcon title={plans.error} /> : null}
      <Card
        size="small"
        title={t('reportsui.plan.tableTitle', { year })}
        extra={total ? <Typography.Text>{t('reportsui.plan.totalTarget', { n: total.target })}</Typography.Text> : null}
      >
        <Table<PlanEntry>
          size="middle"
          rowKey="id"
          loading={plans.loading}
          dataSource={plans.data ?? []}
          pagination={false}
          data-testid="plan-table"
          locale={{ emptyText: t('reportsui.plan.emptyYear', { year }) }}
          columns={[
            { key: 'kind', title: t('reportsui.plan.scopeKind'), render: (_: unknown, p) => t(`reportsui.scope.${p.scopeKind}`), width: 120 },
            { key: 'scope', title: t('reportsui.plan.scopeNameColumn'), render: (_: unknown, p) => p.scope || '—' },
            { key: 'trade', title: t('reportsui.plan.trade'), render: (_: unknown, p) => tradeText(t, p.tradeName, p.kind) },
            { key: 'target', title: t('reportsui.plan.targetField'), dataIndex: 'target', align: 'end', className: 'reports-number', width: 150 },
            { key: 'years', title: t('reportsui.plan.years'), render: (_: unknown, p) => <span dir="ltr">{yearsText(p.year, p.yearTo)}</span>, width: 120 },
            ...(isAdmin
              ? [
                  {
                    key: 'actions',
                    title: t('reportsui.actions'),
                    width: 180,
                    render: (_: unknown, p: PlanEntry) => (
                      <Flex gap={4}>
                        {/* A three-year or broker target is the file's: replace it by importing again, or delete it. */}
                        <Button size="small" icon={<EditOutlined />} disabled={p.yearTo > p.year || p.kind === 'broker'} onClick={() => setEditing({ entry: p })} data-testid="plan-edit">
                          {t('reportsui.edit')}
                        </Button>
                        <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(p)} data-testid="plan-delete">
                          {t('reportsui.delete')}
                        </Button>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {isAdmin && stationId
        ? spans.map(([from, to]) => (
            <Card key={`${from}-${to}`} size="small" title={t('reportsui.plan.deriveTitle', { years: yearsText(from, to) })} data-testid="plan-derive">
              <Typography.Paragraph type="secondary">{t('reportsui.plan.deriveHelp')}</Typography.Paragraph>
              <Flex gap={8} wrap>
                {(['even', 'by_year_totals'] as const).map((method) => (
                  <Button
                    key={method}
                    data-testid={`plan-derive-${method}`}
                    onClick={async () => {
                      const r = await call('plans.deriveYears', { stationId, year: from, yearTo: to, method });
                      if (r.ok) {
                        void message.success(t('reportsui.plan.derived', { n: r.value.entries }));
                        plans.reload();
                      } else {
                        const m = errorMessage(r.error);
                        void message.error(r.error.details?.reason === 'plan_year_totals_missing' ? t('reportsui.plan.deriveNoTotals') : t(m.key, m.vars ?? {}));
                      }
                    }}
                  >
                    {t(`reportsui.plan.derive.${method}`)}
                  </Button>
                ))}
              </Flex>
            </Card>
          ))
        : null}
      {isAdmin && stationId ? (
        <Card size="small" title={t('reportsui.plan.importTitle')}>
          <Typography.Paragraph type="secondary">{t('reportsui.plan.importHelp', { year })}</Typography.Paragraph>
          <ReportImport
            testId="plan-import"
            chooseLabel={t('reportsui.plan.importChoose')}
            countKey="reportsui.plan.importCount"
            commitKey="reportsui.plan.importCommit"
            send={async (f, dryRun) => {
              const r = await call('plans.import', { stationId, year, fileName: f.fileName, base64: f.base64, dryRun });
              return r.ok ? { ok: true, value: { count: r.value.entries, issues: r.value.issues, notes: r.value.notes } } : r;
            }}
            onDone={(o) => {
              void message.success(t('reportsui.plan.imported', { n: o.count }));
              plans.reload();
            }}
          />
        </Card>
      ) : null}
      {stationId ? (
        <PlanDialog
          open={editing !== null}
          stationId={stationId}
          year={year}
          entry={editing?.entry ?? null}
          trades={trades}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(t('reportsui.plan.saved'));
              plans.reload();
            }
          }}
        />
      ) : null}
    </ReportsNav>
  );
}
