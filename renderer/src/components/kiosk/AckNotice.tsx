import type { TFunction } from 'i18next';
import { directionOf, type Language } from '../../../../shared/i18n/languages';

/**
 * A session's safety notice, in the direction of the language it is written in (Uyghur right to left,
 * Chinese and English left to right), with a line in the reader's language when it is Chinese because
 * the notice has no version in theirs.
 */
export function AckNotice({ text, textLanguage, readerLanguage, t, testId = 'kiosk-ack-text' }: { text: string; textLanguage: Language; readerLanguage: Language; t: TFunction; testId?: string }) {
  const fellBack = textLanguage !== readerLanguage;
  return (
    <div className="kiosk-ack">
      {fellBack && (
        <p className="kiosk-ack-fallback" data-testid="kiosk-ack-fallback" lang={readerLanguage} dir={directionOf(readerLanguage)}>
          {t('kioskui.ack.fallback')}
        </p>
      )}
      <div className="kiosk-ack-text" data-testid={testId} lang={textLanguage} dir={directionOf(textLanguage)}>
        {text}
      </div>
    </div>
  );
}
