import { useParams, useSearchParams } from 'react-router';
import type { EduCard } from '../../../../shared/contract/safety-education-types';
import { call } from '../../api/client';
import { EduCardPaper } from '../../components/print/EduCardPaper';
import { PrintPage } from '../../components/print/PrintPage';
import { pdfName } from '../../print/printPaper';
import { usePaperLanguage } from '../../print/usePaperLanguage';
import { usePrintData } from '../../print/usePrintData';

/**
 * /print/edu-card/:workerId (one worker) and /print/edu-cards?team=… or ?workers=a,b (a batch): the
 * 三级安全教育卡, one A4 page each.
 */
export function EduCardPrintPage() {
  const { workerId } = useParams();
  const [params] = useSearchParams();
  // Print views sit outside the admin frame: a team's batch names its station in the link.
  const stationId = params.get('station') ?? undefined;
  const paper = usePaperLanguage();
  const team = params.get('team');
  const listed = (params.get('workers') ?? '').split(',').filter(Boolean);
  const workerIds = workerId ? [workerId] : listed;
  const key = `${stationId ?? ''}|${workerIds.join(',')}|${team ?? ''}`;
  const load =
    team !== null
      ? stationId
        ? () => call('safetyEducation.cards', { stationId, team })
        : null
      : workerIds.length
        ? () => call('safetyEducation.cards', { workerIds })
        : null;
  const { data, error, settled } = usePrintData<EduCard[]>(key, load);
  const single = data?.length === 1 ? data[0]!.name : (team ?? '');
  return (
    <PrintPage
      testId="edu-card-print"
      backTo={workerId ? `/workers/${workerId}` : '/safety-education'}
      settled={settled}
      error={error}
      fileName={pdfName(paper.t('edu.card.title'), single)}
      page={{ orientation: 'portrait', margin: '12mm 14mm 14mm', pageNumbers: paper.t('print.page') }}
      paper={paper}
      status={data && data.length > 1 ? paper.t('edu.card.count', { count: data.length }) : undefined}
    >
      {data?.map((card) => <EduCardPaper key={card.workerId} card={card} t={paper.t} />)}
    </PrintPage>
  );
}
