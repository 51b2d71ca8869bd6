import { useSearchParams } from 'react-router';
import { call } from '../../api/client';
import { PrintPage } from '../../components/print/PrintPage';
import { ReportPaper, type ReportKind } from '../../components/print/ReportPaper';
import { pdfName } from '../../print/printPaper';
import { usePaperLanguage } from '../../print/usePaperLanguage';
import { usePrintData } from '../../print/usePrintData';

const KINDS: readonly ReportKind[] = ['month', 'quarter', 'year', 'annual'];
const isKind = (v: string | null): v is ReportKind => v !== null && (KINDS as readonly string[]).includes(v);

/**
 * /print/report?kind=month&period=2026-03&station=ID (quarter: 2026-Q1, year: 2026) and
 * /print/report?kind=annual&year=2026&station=ID. The core checks the period's form.
 */
export function ReportPrintPage() {
  const [params] = useSearchParams();
  const paper = usePaperLanguage();
  const kind = params.get('kind');
  const stationId = params.get('station') ?? '';
  const period = (kind === 'annual' ? params.get('year') : params.get('period')) ?? '';
  const load = !isKind(kind) || !stationId || !period
    ? null
    : kind === 'annual'
      ? () => call('reports.annual', { stationId, year: Number(period) })
      : () => call('reports.period', { stationId, kind, period });
  const { data, error, settled } = usePrintData(`${kind}|${stationId}|${period}`, load);
  return (
    <PrintPage
      testId="report-print"
      backTo="/"
      settled={settled}
      error={error}
      fileName={pdfName(data?.stationName ?? '', period)}
      page={{ orientation: 'portrait', margin: '14mm 14mm 16mm', pageNumbers: paper.t('print.page') }}
      paper={paper}
    >
      {data && isKind(kind) ? <ReportPaper report={data} kind={kind} t={paper.t} /> : null}
    </PrintPage>
  );
}
