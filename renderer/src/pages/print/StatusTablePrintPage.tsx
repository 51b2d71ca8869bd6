import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { call } from '../../api/client';
import { PrintPage } from '../../components/print/PrintPage';
import { StatusTablePaper } from '../../components/print/StatusTablePaper';
import { pdfName } from '../../print/printPaper';
import { usePaperLanguage } from '../../print/usePaperLanguage';
import { usePrintData } from '../../print/usePrintData';

/** /print/status-table?stations=ID,ID (none: every station not archived), A4 landscape, always in Chinese. */
export function StatusTablePrintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const paper = usePaperLanguage('zh-CN');
  const ids = (params.get('stations') ?? '').split(',').filter(Boolean);
  const { data, error, settled } = usePrintData(ids.join(','), () => call('reports.statusTable', ids.length ? { stationIds: ids } : {}));
  return (
    <PrintPage
      testId="status-table-print"
      backTo="/station"
      settled={settled}
      error={error}
      fileName={pdfName(paper.t('print.status.attachment'), data?.title ?? '')}
      page={{ orientation: 'landscape', margin: '14mm 12mm 16mm', pageNumbers: paper.t('print.page') }}
      paper={paper}
      fixedNote={t('print.fixedChinese')}
    >
      {data ? <StatusTablePaper table={data} t={paper.t} /> : null}
    </PrintPage>
  );
}
