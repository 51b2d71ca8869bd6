import { useParams } from 'react-router';
import type { Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { ExamResultsPaper, type ExamResultsData } from '../../components/print/ExamResultsPaper';
import { PrintPage } from '../../components/print/PrintPage';
import { pdfName } from '../../print/printPaper';
import { usePaperLanguage } from '../../print/usePaperLanguage';
import { usePrintData } from '../../print/usePrintData';

async function loadResults(sessionId: string): Promise<Result<ExamResultsData>> {
  const [session, view] = await Promise.all([call('sessions.get', { sessionId }), call('exams.session', { sessionId })]);
  if (!session.ok) return session;
  if (!view.ok) return view;
  return { ok: true, value: { session: session.value, view: view.value } };
}

/** /print/exam-results/:sessionId: a session's exam results, A4 portrait, for the file and the inspector. */
export function ExamResultsPrintPage() {
  const { sessionId } = useParams();
  const paper = usePaperLanguage();
  const { data, error, settled } = usePrintData(sessionId ?? '', sessionId ? () => loadResults(sessionId) : null);
  return (
    <PrintPage
      testId="exam-results-print"
      backTo={sessionId ? `/sessions/${sessionId}/exam` : '/sessions'}
      settled={settled}
      error={error}
      fileName={pdfName(paper.t('exams.print.title'), data?.session.startsAt.slice(0, 10) ?? '', data?.session.title ?? '')}
      page={{ orientation: 'portrait', margin: '12mm 10mm 16mm', pageNumbers: paper.t('print.page') }}
      paper={paper}
    >
      {data ? <ExamResultsPaper data={data} t={paper.t} /> : null}
    </PrintPage>
  );
}
