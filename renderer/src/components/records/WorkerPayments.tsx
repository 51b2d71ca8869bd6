import { Alert, Card, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubsidyPayment } from '../../../../shared/contract/report-types';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useTrades } from '../../records/useCatalogue';
import { useTradeName } from '../../records/useTradeName';

/** The subsidy rules the app names itself; anything else is the bureau's own wording, shown as written. */
const KNOWN_KINDS = new Set(['certificate', 'high_risk_safety', 'city_operation', 'pre_job', 'on_job_upgrade', 'other']);

/** What the human-resources bureau's reply says this worker was paid: read only, from subsidies.importReply. */
export function WorkerPayments({ workerId, stationId }: { workerId: string; stationId: string }) {
  const { t } = useTranslation();
  const { trade: tradeLabel } = useTradeName();
  const trades = useTrades(stationId);
  const [rows, setRows] = useState<SubsidyPayment[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void call('subsidies.payments', { workerId }).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.value);
      else setError(t(errorMessage(r.error).key));
    });
    return () => {
      live = false;
    };
  }, [workerId, t]);

  const kindLabel = (k: string) => (KNOWN_KINDS.has(k) ? t(`certs.payKind.${k}`) : k);
  const levelLabel = (l: string | null) => (l ? t(`level.${l}`) : '');
  return (
    <Card title={t('certs.payments.title')} data-testid="worker-payments">
      <Typography.Paragraph type="secondary">{t('certs.payments.hint')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
      <Table<SubsidyPayment>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('certs.payments.none') }}
        data-testid="payment-table"
        columns={[
          { key: 'year', title: t('certs.payments.year'), dataIndex: 'year' },
          { key: 'kind', title: t('certs.payments.kind'), render: (_: unknown, p) => <span dir="auto">{kindLabel(p.kind)}</span> },
          { key: 'trade', title: t('certs.trade'), render: (_: unknown, p) => tradeLabel(trades.find((x) => x.id === p.tradeId)?.name) },
          { key: 'level', title: t('certs.level'), render: (_: unknown, p) => levelLabel(p.level) },
          { key: 'amount', title: t('certs.payments.amount'), dataIndex: 'amountYuan', align: 'end' },
          { key: 'paidOn', title: t('certs.payments.paidOn'), render: (_: unknown, p) => p.paidOn ?? '' },
        ]}
      />
    </Card>
  );
}
