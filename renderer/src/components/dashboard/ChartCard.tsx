import { Card, Segmented } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type View = 'chart' | 'table';

interface Props {
  /** Names the card in test ids: dash-<id>, dash-<id>-view. */
  id: string;
  title: string;
  chart: ReactNode;
  table: ReactNode;
  /** Shown instead of both when there is nothing to draw (a year with no plan). */
  empty?: ReactNode;
}

/** One dashboard figure: a chart, or on request the same numbers as a table. */
export function ChartCard({ id, title, chart, table, empty }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('chart');
  return (
    <Card
      title={<h3 className="chart-card-title">{title}</h3>}
      size="small"
      data-testid={`dash-${id}`}
      extra={
        empty ? null : (
          <Segmented<View>
            size="small"
            value={view}
            onChange={setView}
            aria-label={`${title}: ${t('dashboard.view')}`}
            data-testid={`dash-${id}-view`}
            options={[
              { value: 'chart', label: t('dashboard.view.chart') },
              { value: 'table', label: t('dashboard.view.table') },
            ]}
          />
        )
      }
    >
      {empty ?? (view === 'chart' ? chart : table)}
    </Card>
  );
}
