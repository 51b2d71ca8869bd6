import { Alert, Button, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Dashboard as DashboardData } from '../../../../shared/contract/report-types';
import { stationNow } from '../../../../shared/domain/time';
import { directionOf } from '../../../../shared/i18n/languages';
import { call, subscribe } from '../../api/client';
import { errorMessage } from '../../forms/errorText';
import { useVocab } from '../../records/useCatalogue';
import { labelOfCode } from '../../records/vocab';
import { useLanguage } from '../../state/language';
import { fontFamilyFor } from '../../theme';
import { DashboardCharts } from './DashboardCharts';
import './dashboard.css';

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: DashboardData };

/** The station's year so far (or a past year) at a glance, under the home page's facts. */
export function Dashboard({ stationId }: { stationId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { vocab } = useVocab(stationId);
  const thisYear = Number(stationNow(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  const fetchData = useCallback(
    async (quiet: boolean) => {
      if (!quiet) setLoad({ kind: 'loading' });
      const r = await call('reports.dashboard', { stationId, year });
      if (r.ok) setLoad({ kind: 'ready', data: r.value });
      else {
        const m = errorMessage(r.error);
        setLoad({ kind: 'failed', message: t(m.key, m.vars ?? {}) });
      }
    },
    [stationId, year, t],
  );

  useEffect(() => {
    void fetchData(false);
    // A session closed elsewhere (the kiosk PC, a tablet) changes the figures; refetch once things settle.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = subscribe((e) => {
      if (e.type !== 'sessions.changed' || e.stationId !== stationId) return;
      clearTimeout(timer);
      timer = setTimeout(() => void fetchData(true), 1000);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [fetchData, stationId]);

  const look = useMemo(() => ({ rtl: directionOf(language) === 'rtl', fontFamily: fontFamilyFor(language) }), [language]);
  const years = Array.from({ length: 10 }, (_, i) => thisYear + 1 - i);
  const categoryLabel = useCallback(
    (code: string, fallback: string) => {
      const label = labelOfCode(t, 'category', vocab.contentCategories, code);
      return label === code ? fallback : label;
    },
    [t, vocab],
  );

  const data = load.kind === 'ready' ? load.data : null;
  const noSessions = data !== null && data.perMonth.every((m) => m.sessions === 0);

  return (
    <Flex vertical gap={16} data-testid="dashboard" component="section" aria-labelledby="dashboard-title">
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Typography.Title level={3} id="dashboard-title" className="dashboard-title">
          {t('dashboard.title')}
        </Typography.Title>
        <Flex align="center" gap={8}>
          <label htmlFor="dashboard-year">{t('dashboard.year')}</label>
          <Select
            id="dashboard-year"
            value={year}
            onChange={setYear}
            style={{ width: 120 }}
            data-testid="dashboard-year"
            options={years.map((y) => ({ value: y, label: t('dashboard.yearOption', { year: y }) }))}
          />
        </Flex>
      </Flex>
      {load.kind === 'loading' ? <Skeleton active data-testid="dashboard-loading" /> : null}
      {load.kind === 'failed' ? (
        <Alert
          type="error"
          showIcon
          data-testid="dashboard-error"
          title={t('dashboard.loadFailed')}
          description={load.message}
          action={
            <Button size="small" onClick={() => void fetchData(false)}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {data && noSessions ? (
        <Empty
          data-testid="dashboard-empty"
          className="dashboard-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('dashboard.empty.title', { year: data.year })}</Typography.Text>
              <Typography.Text type="secondary">{t('dashboard.empty.hint')}</Typography.Text>
            </Flex>
          }
        >
          <Button type="primary" onClick={() => navigate('/sessions')}>
            {t('dashboard.empty.action')}
          </Button>
        </Empty>
      ) : null}
      {data && !noSessions ? <DashboardCharts data={data} look={look} categoryLabel={categoryLabel} /> : null}
    </Flex>
  );
}
