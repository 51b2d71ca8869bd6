import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import type { EvidenceStep } from '../../../../shared/contract/evidence-types';
import type { Language } from '../../../../shared/i18n/languages';
import { call } from '../../api/client';
import { blobBase64, captureSignInPhoto } from '../../kiosk/evidence-photo';

type State = 'idle' | 'asking' | 'taking' | 'stored' | 'refused' | 'failed' | 'declined';

/**
 * After a sign-in is on screen (and so already recorded): the evidence photo. The first time, the
 * worker reads the consent text in their language and agrees (recorded on them) or declines; then the
 * tablet takes one small photo and sends it on its own call. Nothing here can undo or delay the sign-in.
 */
export function EvidenceCapture({ evidence, workerId, language, t }: { evidence: EvidenceStep; workerId: string; language: Language; t: TFunction }) {
  const [state, setState] = useState<State>(evidence.step === 'consent' ? 'asking' : 'idle');
  const started = useRef(false);

  const take = async () => {
    setState('taking');
    const shot = await captureSignInPhoto();
    if (shot.kind !== 'ok') return setState(shot.kind === 'refused' ? 'refused' : 'failed');
    const r = await call('kiosk.photo', { sessionId: evidence.sessionId, workerId, jpeg: await blobBase64(shot.jpeg) });
    setState(r.ok ? 'stored' : 'failed');
  };

  useEffect(() => {
    if (evidence.step !== 'photo' || started.current) return;
    started.current = true;
    void take();
    // Once per answer: the step and worker do not change while it is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const agree = async () => {
    const r = await call('kiosk.consent', { sessionId: evidence.sessionId, workerId, language });
    if (r.ok) await take();
    else setState('failed');
  };

  if (state === 'asking')
    return (
      <div className="kiosk-evidence-consent" data-testid="kiosk-evidence-consent" style={{ marginTop: '0.5em', fontSize: 'max(15px, 2 * var(--u))', background: 'rgba(0, 0, 0, 0.2)', padding: '0.4em 0.6em', borderRadius: 6 }}>
        <p style={{ margin: 0 }}>{t('evidence.kiosk.consent', { days: evidence.retentionDays })}</p>
        <div style={{ display: 'flex', gap: 12, marginTop: 8 }}>
          <button type="button" className="kiosk-button kiosk-button-light" onMouseDown={(e) => e.preventDefault()} onClick={() => void agree()} data-testid="kiosk-evidence-agree">
            {t('evidence.kiosk.agree')}
          </button>
          <button type="button" className="kiosk-button kiosk-button-ghost" onMouseDown={(e) => e.preventDefault()} onClick={() => setState('declined')} data-testid="kiosk-evidence-decline">
            {t('evidence.kiosk.decline')}
          </button>
        </div>
      </div>
    );
  // A quiet line only: the worker is already signed in whatever the camera did.
  const line = state === 'stored' ? 'evidence.kiosk.stored' : state === 'refused' ? 'evidence.kiosk.refused' : state === 'failed' ? 'evidence.kiosk.failed' : null;
  return (
    <p className="kiosk-evidence-state" data-testid="kiosk-evidence" data-state={state} style={{ margin: '0.3em 0 0', opacity: 0.85, fontSize: 'max(13px, 1.7 * var(--u))' }}>
      {line ? t(line) : null}
    </p>
  );
}
