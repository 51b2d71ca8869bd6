import { Alert, App, Card, Col, Collapse, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SUBSIDY_EXCLUSIONS, type ExcludedSubsidyItem, type SubsidyExclusion, type SubsidyItem, type SubsidyList, type SubsidyRuleSummary } from '../../../../shared/contract/report-types';
import { call } from '../../api/client';
import { useIsAdmin } from '../../records/useIsAdmin';
import { useStation } from '../../state/station';
import { ExportChoices, type ExportOptions } from './ExportChoices';
import { ReportImport } from './ReportImport';
import { ReportsNav } from './ReportsNav';
import { yearOf } from './periodParams';
import { useExport } from './useExport';
import { ClauseQuote } from './SubsidyRulesPage';
import { useLoad } from './useLoad';
import { YearPicker } from './YearPicker';

type Excluded = ExcludedSubsidyItem;

/** The people who meet a subsidy rule this year, why, and the bureau's reply of who was paid. */
export function SubsidiesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const isAdmin = useIsAdmin();
  const { current } = useStation();
  const stationId = current?.id;
  const [params, setParams] = useSearchParams();
  const year = yearOf(params.get('year'));
  const [options, setOptions] = useState<ExportOptions>({ format: 'xlsx', fullIdNumbers: false });
  const { busy, run } = useExport();
  const list = useLoad<SubsidyList>(() => (stationId ? call('reports.subsidies', { stationId, year }) : null), [stationId, year]);
  const data = list.data && list.data.year === year ? list.data : null;

  const [reason, setReason] = useState<SubsidyExclusion | null>(null);
  const ruleText = (i: { rule: string; ruleZh: string }) => (i18n.exists(`reportsui.rule.${i.rule}`) ? t(`reportsui.rule.${i.rule}`) : i.ruleZh);
  const reasonCounts = new Map<SubsidyExclusion, number>();
  for (const e of data?.excluded ?? []) reasonCounts.set(e.excludedBecause, (reasonCounts.get(e.excludedBecause) ?? 0) + 1);
  const excludedShown = (data?.excluded ?? []).filter((e) => !reason || e.excludedBecause === reason);
  const people = new Set(data?.items.map((i) => i.workerId) ?? []).size;

  type Line = SubsidyItem | Excluded;
  const columns = [
    { key: 'name', title: t('reportsui.subsidy.name'), render: (_: unknown, i: Line) => <Link to={`/workers/${i.workerId}`}>{i.name}</Link> },
    { key: 'id', title: t('reportsui.subsidy.idNumber'), render: (_: unknown, i: Line) => <span dir="ltr">{i.idMasked}</span>, width: 190 },
    {
      key: 'rule',
      title: t('reportsui.subsidy.rule'),
      render: (_: unknown, i: Line) => (
        <>
          {ruleText(i)}{' '}
          <Tag className="subsidy-clause-tag">
            <span lang="zh-CN" dir="ltr">
              {i.clauseZh}
            </span>
          </Tag>
        </>
      ),
    },
    { key: 'trade', title: t('reportsui.subsidy.trade'), render: (_: unknown, i: Line) => i.tradeName ?? '—' },
    { key: 'level', title: t('reportsui.subsidy.level'), render: (_: unknown, i: Line) => (i.level ? t(`level.${i.level}`) : '—') },
    {
      key: 'amount',
      title: t('reportsui.subsidy.amount'),
      align: 'end' as const,
      className: 'reports-number',
      width: 130,
      render: (_: unknown, i: Line) => (i.amountYuan === null ? t('reportsui.subsidy.noAmount') : i.upTo ? t('reportsui.subsidy.upTo', { n: i.amountYuan }) : i.amountYuan),
    },
  ];
  const ruleColumns = [
    { key: 'rule', title: t('reportsui.subsidy.rule'), render: (_: unknown, r: SubsidyRuleSummary) => <>{ruleText({ rule: r.code, ruleZh: r.nameZh })}{r.enabled ? null : <Tag>{t('reportsui.rules.disabled')}</Tag>}</> },
    { key: 'clause', title: t('reportsui.subsidy.clause'), render: (_: unknown, r: SubsidyRuleSummary) => <span lang="zh-CN" dir="ltr">{r.clauseZh}</span>, width: 130 },
    { key: 'kind', title: t('reportsui.rules.kind'), render: (_: unknown, r: SubsidyRuleSummary) => t(`reportsui.kind.${r.kind}`) },
    { key: 'amountZh', title: t('reportsui.subsidy.standard'), render: (_: unknown, r: SubsidyRuleSummary) => <span lang="zh-CN" dir="ltr">{r.amountZh}</span> },
    { key: 'items', title: t('reportsui.subsidy.items'), dataIndex: 'items', align: 'end' as const, className: 'reports-number', width: 90 },
    { key: 'excluded', title: t('reportsui.subsidy.excludedShort'), dataIndex: 'excluded', align: 'end' as const, className: 'reports-number', width: 90 },
    { key: 'total', title: t('reportsui.subsidy.total'), dataIndex: 'totalYuan', align: 'end' as const, className: 'reports-number', width: 130 },
  ];

  return (
    <ReportsNav
      testId="subsidies-page"
      extra={
        <>
          <YearPicker year={year} onChange={(y) => setParams({ year: String(y) }, { replace: true })} testId="subsidy-year" />
          <ExportChoices
            testId="subsidy-export"
            value={options}
            onChange={setOptions}
            offerFullIds={isAdmin}
            busy={busy !== null}
            disabled={!stationId}
            onExport={() =>
              stationId && void run('subsidies', () => call('exports.subsidies', { stationId, year, format: options.format, fullIdNumbers: isAdmin && options.fullIdNumbers }))
            }
          />
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('reportsui.subsidy.help')}</Typography.Paragraph>
      {list.error ? <Alert type="error" showIcon title={list.error} /> : null}
      <Row gutter={[12, 12]}>
        <Col xs={8} md={6}>
          <Card size="small">
            <Statistic title={t('reportsui.subsidy.items')} value={data?.items.length ?? 0} loading={list.loading} data-testid="subsidy-count" />
          </Card>
        </Col>
        <Col xs={8} md={6}>
          <Card size="small">
            <Statistic title={t('reportsui.subsidy.people')} value={people} loading={list.loading} data-testid="subsidy-people" />
          </Card>
        </Col>
        <Col xs={8} md={6}>
          <Card size="small">
            <Statistic title={t('reportsui.subsidy.total')} value={data?.totalYuan ?? 0} loading={list.loading} data-testid="subsidy-total" />
          </Card>
        </Col>
      </Row>
      {data ? (
        <Card size="small" title={t('reportsui.subsidy.rulesTitle')} extra={<Link to="/reports/subsidy-rules">{t('reportsui.subsidy.editRules')}</Link>} data-testid="subsidy-rules-applied">
          <Table<SubsidyRuleSummary>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={data.rules}
            columns={ruleColumns}
            expandable={{ expandedRowRender: (r) => <ClauseQuote source={r.source} testId={`clause-${r.code}`} /> }}
          />
          <Collapse
            ghost
            size="small"
            items={[{ key: 'cap', label: t('reportsui.subsidy.capLine', { n: data.cap.maxPerYear }), children: <ClauseQuote source={data.cap.source} /> }]}
          />
        </Card>
      ) : null}
      <Card size="small" title={t('reportsui.subsidy.listTitle', { year })}>
        <Table<SubsidyItem>
          size="middle"
          rowKey={(i) => `${i.workerId}-${i.rule}-${i.tradeId ?? ''}-${i.level ?? ''}-${i.certificateId ?? ''}`}
          loading={list.loading}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          data-testid="subsidy-table"
          locale={{ emptyText: t('reportsui.subsidy.empty', { year }) }}
          columns={columns}
          expandable={{
            expandedRowRender: (i) => (
              <div data-testid="subsidy-reason">
                <Typography.Paragraph>
                  {t('reportsui.subsidy.reason')}
                  <span lang="zh-CN">{i.reasonZh}</span>
                </Typography.Paragraph>
                {i.sessionIds.length ? (
                  <ul className="reports-sessions-list">
                    {i.sessionIds.map((id, n) => (
                      <li key={id}>
                        <Link to={`/sessions/${id}`}>{t('reportsui.subsidy.session', { n: n + 1 })}</Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ),
          }}
        />
      </Card>
      {data?.excluded.length ? (
        <Card
          size="small"
          title={t('reportsui.subsidy.excludedTitle', { n: data.excluded.length })}
          extra={
            <Select<SubsidyExclusion | null>
              allowClear
              size="small"
              data-testid="excluded-reason"
              placeholder={t('reportsui.subsidy.allReasons')}
              value={reason}
              onChange={(v) => setReason(v ?? null)}
              options={SUBSIDY_EXCLUSIONS.filter((r) => reasonCounts.has(r)).map((r) => ({ value: r, label: `${t(`reports.subsidy.${r}`)} (${reasonCounts.get(r)})` }))}
              style={{ minWidth: 240 }}
            />
          }
        >
          <Table<Excluded>
            size="small"
            rowKey={(i) => `${i.workerId}-${i.rule}-${i.tradeId ?? ''}-${i.level ?? ''}-${i.certificateId ?? ''}-${i.reasonZh}`}
            dataSource={excludedShown}
            expandable={{ expandedRowRender: (i) => <span lang="zh-CN">{i.reasonZh}</span> }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="subsidy-excluded"
            columns={[
              ...columns,
              { key: 'why', title: t('reportsui.subsidy.excludedBecause'), render: (_: unknown, i: Excluded) => t(`reports.subsidy.${i.excludedBecause}`) },
            ]}
          />
        </Card>
      ) : null}
      {isAdmin && stationId ? (
        <Card size="small" title={t('reportsui.subsidy.replyTitle')}>
          <Typography.Paragraph type="secondary">{t('reportsui.subsidy.replyHelp', { year })}</Typography.Paragraph>
          <ReportImport
            testId="reply-import"
            chooseLabel={t('reportsui.subsidy.replyChoose')}
            countKey="reportsui.subsidy.replyCount"
            commitKey="reportsui.subsidy.replyCommit"
            send={async (f, dryRun) => {
              const r = await call('subsidies.importReply', { stationId, year, fileName: f.fileName, base64: f.base64, dryRun });
              return r.ok ? { ok: true, value: { count: r.value.imported, issues: r.value.issues, notes: [] } } : r;
            }}
            onDone={(o) => {
              void message.success(t('reportsui.subsidy.replyDone', { n: o.count }));
              list.reload();
            }}
          />
        </Card>
      ) : null}
    </ReportsNav>
  );
}
