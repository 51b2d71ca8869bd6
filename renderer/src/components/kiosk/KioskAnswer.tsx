import { Button } from 'antd';
import type { TFunction } from 'i18next';
import type { ScanAnswer } from '../../../../shared/contract/attendance-types';
import { directionOf, type Language } from '../../../../shared/i18n/languages';
import { presentationOf, TONE_COLOURS, type KioskAnswerKind } from '../../kiosk/outcomes';
import { KioskIcon } from './KioskIcon';

export interface KioskAnswerProps {
  kind: KioskAnswerKind;
  answer: ScanAnswer | null;
  /** The language the answer speaks: the worker's own when known. */
  language: Language;
  /** A translator fixed to `language`, so the rest of the kiosk keeps its own language. */
  t: TFunction;
  pendingCount: number;
  busy: boolean;
  onPick(workerId: string): void;
  onAcknowledge(): void;
  onDismiss(): void;
}

/** One scan's answer, full screen: colour, icon, headline with the time, the name and photo, and what to do next. */
export function KioskAnswer({ kind, answer, language, t, pendingCount, busy, onPick, onAcknowledge, onDismiss }: KioskAnswerProps) {
  const p = presentationOf(kind);
  const colours = TONE_COLOURS[p.tone];
  const worker = answer?.worker ?? null;
  const time = answer?.time ?? '';
  return (
    <section
      className={`kiosk-answer kiosk-answer-${p.tone}${p.holdMs === null ? ' kiosk-answer-compact' : ''}`}
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
          <img className="kiosk-answer-photo" src={worker.photoDataUrl} alt="" />
        ) : (
          <div className="kiosk-answer-icon">
            <KioskIcon name={p.icon} />
          </div>
        )}
        <div className="kiosk-answer-text">
          <h1 className="kiosk-answer-title" data-testid="kiosk-answer-title">
            {t(p.titleKey, { time })}
          </h1>
          {worker && (
            <div className="kiosk-answer-name" data-testid="kiosk-answer-name">
              {worker.name}
            </div>
          )}
          <p className="kiosk-answer-next">{t(p.nextKey, { time, count: pendingCount })}</p>
        </div>
      </div>

      {kind === 'choose' && answer && (
        <div className="kiosk-candidates" role="group" aria-label={t('kioskui.choose.label')}>
          {answer.candidates.map((c) => (
            <Button key={c.workerId} className="kiosk-candidate" disabled={busy} onClick={() => onPick(c.workerId)} data-testid="kiosk-candidate">
              <span className="kiosk-candidate-name">{c.maskedName}</span>
              <span className="kiosk-candidate-team">{c.team || t('kioskui.choose.noTeam')}</span>
            </Button>
          ))}
        </div>
      )}

      {kind === 'ack_required' && answer?.ackText && (
        <div className="kiosk-ack">
          <div className="kiosk-ack-text" data-testid="kiosk-ack-text">
            {answer.ackText}
          </div>
          <Button className="kiosk-big-button kiosk-ack-button" disabled={busy} onClick={onAcknowledge} data-testid="kiosk-ack">
            {t('kioskui.ack.button')}
          </Button>
        </div>
      )}

      {(kind === 'choose' || kind === 'ack_required') && (
        <Button className="kiosk-big-button kiosk-answer-cancel" ghost disabled={busy} onClick={onDismiss}>
          {t('kioskui.common.cancel')}
        </Button>
      )}
    </section>
  );
}
