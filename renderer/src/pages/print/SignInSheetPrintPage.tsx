import { useParams } from 'react-router';
import { call } from '../../api/client';
import { PrintPage } from '../../components/print/PrintPage';
import { SignInSheetPaper } from '../../components/print/SignInSheetPaper';
import { AttachmentThumbs } from '../../components/print/AttachmentThumbs';
import type { SessionAttachment } from '../../../../shared/contract/evidence-types';
import type { SignInSheet } from '../../../../shared/contract/report-types';
import type { Result } from '../../../../shared/contract/result';
import { pdfName } from '../../print/printPaper';
import { usePaperLanguage } from '../../print/usePaperLanguage';
import { usePrintData } from '../../print/usePrintData';

/** The fingerprint goes into the page footer only as what it should be: hex. */
const HEX = /^[0-9a-f]{16,128}$/i;

/** /print/sign-in-sheet/:sessionId: A4 portrait, the header row and the fingerprint on every page. */
export function SignInSheetPrintPage() {
  const { sessionId } = useParams();
  const paper = usePaperLanguage();
  // The session's photos come with the sheet, so the page is ready only once their thumbnails are in.
  const load = async (id: string): Promise<Result<{ sheet: SignInSheet; files: SessionAttachment[] }>> => {
    const [sheet, files] = await Promise.all([call('reports.signInSheet', { sessionId: id }), call('attachments.list', { sessionId: id })]);
    return sheet.ok ? { ok: true, value: { sheet: sheet.value, files: files.ok ? files.value : [] } } : sheet;
  };
  const loaded = usePrintData(sessionId ?? '', sessionId ? () => load(sessionId) : null);
  const { error, settled } = loaded;
  const data = loaded.data?.sheet ?? null;
  const fp = data?.fingerprint && HEX.test(data.fingerprint) ? data.fingerprint : null;
  return (
    <PrintPage
      testId="sign-in-sheet-print"
      backTo={sessionId ? `/sessions/${sessionId}` : '/sessions'}
      settled={settled}
      error={error}
      fileName={pdfName(paper.t('print.button.signInSheet'), data?.startsAt.slice(0, 10) ?? '', data?.title ?? '')}
      page={{
        orientation: 'portrait',
        margin: '12mm 10mm 16mm',
        pageNumbers: paper.t('print.page'),
        footerText: fp ? `SHA-256 ${fp}` : undefined,
      }}
      paper={paper}
    >
      {data ? <SignInSheetPaper sheet={data} t={paper.t} /> : null}
      {loaded.data ? <AttachmentThumbs items={loaded.data.files} t={paper.t} /> : null}
    </PrintPage>
  );
}
