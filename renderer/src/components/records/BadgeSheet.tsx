import { UserOutlined } from '@ant-design/icons';
import type { BadgeCard } from '../../../../shared/contract/records';

export interface BadgeView extends BadgeCard {
  qrDataUrl: string;
}

interface Props {
  badges: BadgeView[];
  stationName: string;
  labels: { trade: string; team: string; employer: string };
}

const PER_PAGE = 8;

/** A4 sheets of 85.6 × 54 mm cards, two columns by four rows, cut marks from the card borders. */
export function BadgeSheet({ badges, stationName, labels }: Props) {
  const pages: BadgeView[][] = [];
  for (let i = 0; i < badges.length; i += PER_PAGE) pages.push(badges.slice(i, i + PER_PAGE));
  return (
    <>
      {pages.map((page, p) => (
        <section className="badge-page" key={p}>
          {page.map((b) => (
            <article className="badge-card" key={b.workerId} data-testid="badge-card">
              <header className="badge-station">{stationName}</header>
              <div className="badge-body">
                <div className="badge-photo">
                  {b.photoDataUrl ? <img src={b.photoDataUrl} alt="" /> : <UserOutlined />}
                </div>
                <div className="badge-text">
                  <div className="badge-name">{b.name}</div>
                  <dl>
                    {b.tradeName ? (
                      <>
                        <dt>{labels.trade}</dt>
                        <dd>{b.tradeName}</dd>
                      </>
                    ) : null}
                    {b.team ? (
                      <>
                        <dt>{labels.team}</dt>
                        <dd>{b.team}</dd>
                      </>
                    ) : null}
                    {b.employer ? (
                      <>
                        <dt>{labels.employer}</dt>
                        <dd>{b.employer}</dd>
                      </>
                    ) : null}
                  </dl>
                </div>
                <div className="badge-qr">
                  <img src={b.qrDataUrl} alt={b.badgeCode} />
                  <div className="badge-code" dir="ltr">{b.badgeCode}</div>
                </div>
              </div>
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
