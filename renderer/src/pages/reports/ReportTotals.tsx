import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodReport } from '../../../../shared/contract/report-types';

const stateOf = (v: number | null, goal: number) => (v === null ? 'none' : v >= goal ? 'ok' : 'low');

const TOTALS = ['sessions', 'personTimes', 'distinctWorkers', 'classHours', 'creditedHours'] as const;

/** The period's headline figures, then new workers, certificates and the advanced-level share. */
export function ReportTotals({ report }: { report: PeriodReport }) {
  const { t } = useTranslation();
  const share = report.advanced.percent;
  const goal = report.advanced.target;
  const rate = report.certificateRate;
  const lang = report.language;
  const levels = Object.fromEntries(lang.byMandarinLevel.map((m) => [m.level, m.workers]));
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
        <Card size="small" className={`reports-figure-card reports-share-${stateOf(share, goal)}`}>
          <Statistic title={t('reports.figure.advancedShare')} value={share === null ? '—' : `${share}%`} data-testid="total-advancedShare" data-state={stateOf(share, goal)} />
          <Typography.Text type="secondary">
            {share === null ? t('reportsui.advanced.none') : t('reportsui.advanced.detail', { advanced: report.advanced.advancedPersonTimes, leveled: report.advanced.skillsPersonTimes, goal })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} md={16} xl={8}>
        <Card size="small" className={`reports-figure-card reports-share-${stateOf(rate.percent, rate.target)}`}>
          <Statistic title={t('reportsui.certRate.title')} value={rate.percent === null ? '—' : `${rate.percent}%`} data-testid="total-certificateRate" data-state={stateOf(rate.percent, rate.target)} />
          <Typography.Text type="secondary">
            {rate.percent === null ? t('reportsui.certRate.none') : t('reportsui.certRate.detail', { with: rate.withCertificate, trainees: rate.trainees, goal: rate.target })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24} md={16} xl={8}>
        <Card size="small" className="reports-figure-card">
          <Statistic title={t('reportsui.language.title')} value={lang.figures.personTimes} data-testid="total-language" />
          <Typography.Text type="secondary">
            {t('reportsui.language.detail', { personTimes: lang.figures.personTimes, workers: lang.figures.distinctWorkers, none: levels.none ?? 0, basic: levels.basic ?? 0, fluent: levels.fluent ?? 0, unknown: levels.unknown ?? 0 })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={24}>
        <Typography.Paragraph type="secondary" className="reports-footnote" data-testid="report-footnotes">
          {t('reportsui.footnote.advanced')}
          <br />
          {t('reportsui.footnote.certRate')}
        </Typography.Paragraph>
      </Col>
    </Row>
  );
}
