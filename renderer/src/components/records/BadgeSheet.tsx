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
                  <div className="badge-name" dir="auto">{b.name}</div>
                  {(
                    [
                      [labels.trade, b.tradeName],
                      [labels.team, b.team],
                    ] as const
                  )
                    .filter(([, v]) => v)
                    .map(([label, v]) => (
                      <div className="badge-line" key={label}>
                        <span className="badge-label">{label}</span> <span dir="auto">{v}</span>
                      </div>
                    ))}
                </div>
                <div className="badge-qr">
                  <img src={b.qrDataUrl} alt={b.badgeCode} />
                  <div className="badge-code" dir="ltr">{b.badgeCode}</div>
                </div>
              </div>
              {b.employer ? (
                <footer className="badge-foot">
                  <span className="badge-label">{labels.employer}</span> <span dir="auto">{b.employer}</span>
                </footer>
              ) : null}
            </article>
          ))}
        </section>
      ))}
    </>
  );
}
