import type { TFunction } from 'i18next';
import type { SessionAttachment } from '../../../../shared/contract/evidence-types';

/** The sign-in sheet's last page: the session's photos as thumbnails, each with its file name. */
export function AttachmentThumbs({ items, t }: { items: SessionAttachment[]; t: TFunction }) {
  const photos = items.filter((a) => a.thumb);
  if (!photos.length) return null;
  return (
    <section className="paper-doc" style={{ breakBefore: 'page', pageBreakBefore: 'always' }} data-testid="sheet-photos">
      <h2 className="paper-h2">{t('evidence.sheet.title', { count: photos.length })}</h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: '4mm' }}>
        {photos.map((a) => (
          <figure key={a.id} style={{ margin: 0, breakInside: 'avoid' }} data-testid="sheet-photo">
            <img src={a.thumb!} alt="" style={{ width: '100%', height: '34mm', objectFit: 'contain', border: '0.3mm solid #999' }} />
            <figcaption style={{ fontSize: '8.5pt', overflowWrap: 'anywhere' }} dir="auto">
              {a.name}
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
