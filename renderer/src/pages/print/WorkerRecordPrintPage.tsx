import { useParams } from 'react-router';
import { call } from '../../api/client';
import { PrintPage } from '../../components/print/PrintPage';
import { WorkerRecordPaper } from '../../components/print/WorkerRecordPaper';
import { pdfName } from '../../print/printPaper';
import { usePaperLanguage } from '../../print/usePaperLanguage';
import { usePrintData } from '../../print/usePrintData';

/** /print/worker-record/:workerId: one worker's training record, A4 portrait. */
export function WorkerRecordPrintPage() {
  const { workerId } = useParams();
  const paper = usePaperLanguage();
  const { data, error, settled } = usePrintData(workerId ?? '', workerId ? () => call('reports.workerRecord', { workerId }) : null);
  return (
    <PrintPage
      testId="worker-record-print"
      backTo={workerId ? `/workers/${workerId}` : '/workers'}
      settled={settled}
      error={error}
      fileName={pdfName(paper.t('print.record.title'), data?.name ?? '')}
      page={{ orientation: 'portrait', margin: '14mm 14mm 16mm', pageNumbers: paper.t('print.page') }}
      paper={paper}
    >
      {data ? <WorkerRecordPaper record={data} t={paper.t} /> : null}
    </PrintPage>
  );
}
