import type { TFunction } from 'i18next';
import type { ScanAnswer } from '../../../../shared/contract/attendance-types';
import { directionOf, type Language } from '../../../../shared/i18n/languages';
import { presentationOf, TONE_COLOURS, type KioskAnswerKind } from '../../kiosk/outcomes';
import { AckNotice } from './AckNotice';
import { EducationDue } from './EducationDue';
import { EvidenceCapture } from './EvidenceCapture';
import { KioskIcon } from './KioskIcon';

export interface KioskAnswerProps {
  kind: KioskAnswerKind;
  answer: ScanAnswer | null;
  /** The language the answer speaks: the one the worker picked, else their own. */
  language: Language;
  /** A translator fixed to `language`, so the rest of the kiosk keeps its own language. */
  t: TFunction;
  pendingCount: number;
  busy: boolean;
  onPick(workerId: string): void;
  onAcknowledge(): void;
  onDismiss(): void;
}

const keepFocus = (e: { preventDefault(): void }) => e.preventDefault();

/** One scan's answer, full screen: colour, icon, headline with the time, the name and photo, and what to do next. */
export function KioskAnswer({ kind, answer, language, t, pendingCount, busy, onPick, onAcknowledge, onDismiss }: KioskAnswerProps) {
  const p = presentationOf(kind);
  const colours = TONE_COLOURS[p.tone];
  const worker = answer?.worker ?? null;
  const vars = { time: answer?.time ?? '', from: answer?.reopenedFrom ?? '', count: pendingCount };
  const waits = kind === 'choose' || kind === 'ack_required';
  return (
    <section
      className={`kiosk-answer kiosk-answer-${p.tone}${waits ? ' kiosk-answer-compact' : ''}`}
      style={{ background: colours.background, color: colours.text }}
      data-testid="kiosk-answer"
      data-outcome={kind}
      lang={language}
      dir={directionOf(language)}
      role="alert"
      aria-live="assertive"
    >
      <div className="kiosk-answer-main">
        {worker?.photoDataUrl ? (
          // Decoded off the main thread: the words are painted first, the photo when ready.
          <img className="kiosk-answer-photo" src={worker.photoDataUrl} alt="" decoding="async" />
        ) : (
          <div className="kiosk-answer-icon">
            <KioskIcon name={p.icon} />
          </div>
        )}
        <div className="kiosk-answer-text">
          <h1 className="kiosk-answer-title" data-testid="kiosk-answer-title">
            {t(p.titleKey, vars)}
          </h1>
          {worker && (
            <div className="kiosk-answer-name" data-testid="kiosk-answer-name">
              <bdi>{worker.name}</bdi>
            </div>
          )}
          <p className="kiosk-answer-next">{t(p.nextKey, vars)}</p>
          {answer?.educationDue ? <EducationDue levels={answer.educationDue} t={t} /> : null}
          {answer?.evidence && worker ? <EvidenceCapture evidence={answer.evidence} workerId={worker.id} language={language} t={t} /> : null}
        </div>
      </div>

      {kind === 'choose' && answer && (
        <div className="kiosk-candidates" role="group" aria-label={t('kioskui.choose.label')}>
          {answer.candidates.map((c) => (
            <button key={c.workerId} type="button" className="kiosk-candidate" disabled={busy} onMouseDown={keepFocus} onClick={() => onPick(c.workerId)} data-testid="kiosk-candidate">
              <span className="kiosk-candidate-name">{c.maskedName}</span>
              <span className="kiosk-candidate-team">{c.team || t('kioskui.choose.noTeam')}</span>
            </button>
          ))}
        </div>
      )}

      {kind === 'ack_required' && answer?.ackText && <AckNotice text={answer.ackText} textLanguage={answer.ackLanguage ?? language} readerLanguage={language} t={t} />}

      {waits && (
        <div className="kiosk-answer-actions">
          <button type="button" className="kiosk-button kiosk-button-big kiosk-button-ghost" disabled={busy} onMouseDown={keepFocus} onClick={onDismiss} data-testid="kiosk-answer-cancel">
            {t('kioskui.common.cancel')}
          </button>
          {kind === 'ack_required' && answer?.ackText && (
            <button type="button" className="kiosk-button kiosk-button-big kiosk-button-light" disabled={busy} onMouseDown={keepFocus} onClick={onAcknowledge} data-testid="kiosk-ack">
              {t('kioskui.ack.button')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
