import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../../shared/contract/report-types';

/** Seed 003: at least 30% of training at 高级工 level or above. */
export const ADVANCED_SHARE_GOAL = 30;

const TOTALS = ['sessions', 'personTimes', 'distinctWorkers', 'classHours', 'creditedHours'] as const;

/** The period's headline figures, then new workers, certificates and the advanced-level share. */
export function ReportTotals({ report }: { report: PeriodReport }) {
  const { t } = useTranslation();
  const share = report.advanced.percent;
  return (
    <Row gutter={[12, 12]} data-testid="report-totals">
      {TOTALS.map((k) => (
        <Col key={k} xs={12} md={8} xl={4}>
          <Card size="small" className="reports-figure-card">
            <Statistic title={t(`reports.figure.${k}`)} value={report.totals[k]} data-testid={`total-${k}`} />
          </Card>
        </Col>
      ))}
      <Col xs={12} md={8} xl={4}>
        <Card size="small" className="reports-figure-card">
          <Statistic title={t('reports.figure.newWorkers')} value={report.newWorkers} data-testid="total-newWorkers" />
        </Card>
      </Col>
      <Col xs={12} md={8} xl={4}>
        <Card size="small" className="reports-figure-card">
          <Statistic title={t('reports.figure.certificates')} value={report.certificates.count} data-testid="total-certificates" />
        </Card>
      </Col>
      <Col xs={24} md={16} xl={8}>
        <Card size="small" className={`reports-figure-card ${share === null ? '' : share >= ADVANCED_SHARE_GOAL ? 'reports-share-ok' : 'reports-share-low'}`}>
          <Statistic
            title={t('reports.figure.advancedShare')}
            value={share === null ? '—' : `${share}%`}
            data-testid="total-advancedShare"
            data-state={share === null ? 'none' : share >= ADVANCED_SHARE_GOAL ? 'ok' : 'low'}
          />
          <Typography.Text type="secondary">
            {share === null
              ? t('reportsui.advanced.none')
              : t('reportsui.advanced.detail', { advanced: report.advanced.advancedPersonTimes, leveled: report.advanced.leveledPersonTimes, goal: ADVANCED_SHARE_GOAL })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}
