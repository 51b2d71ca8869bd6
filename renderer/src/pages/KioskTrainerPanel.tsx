import { useTranslation } from 'react-i18next';
import type { KioskState } from '../../../shared/contract/attendance-types';
import { hostWindow } from '../api/client';
import { KioskDialog } from '../components/kiosk/KioskDialog';
import { KioskSpinner } from '../components/kiosk/KioskSpinner';
import { NewcomerNotice } from '../components/kiosk/NewcomerNotice';
import { RegisterForm } from '../components/kiosk/RegisterForm';
import { TrainerMenu } from '../components/kiosk/TrainerMenu';
import { TrainerUnlock } from '../components/kiosk/TrainerUnlock';
import type { KioskLanguage } from '../kiosk/useKioskLanguage';
import type { TrainerCorner } from '../kiosk/useTrainerCorner';

interface Props {
  corner: TrainerCorner;
  kiosk: KioskState | null;
  sessionId: string | null;
  mode: 'in' | 'out';
  pending: number;
  language: KioskLanguage;
  unknownIdNumber: string;
  onMode(mode: 'in' | 'out'): void;
  onSession(id: string): void;
  onSendPending(): void;
  onExam?(): void;
}

/** The trainer's corner as a panel: unlock, then the menu, the newcomer's form and their notice. */
export function KioskTrainerPanel({ corner, kiosk, sessionId, mode, pending, language, unknownIdNumber, onMode, onSession, onSendPending, onExam }: Props) {
  const { t } = useTranslation();
  let content;
  if (corner.trainers === null) content = <KioskSpinner />;
  else if (corner.locked) content = <TrainerUnlock trainers={corner.trainers} busy={corner.busy} error={corner.error} onUnlock={(id, pin) => void corner.tryUnlock(id, pin)} />;
  else if (corner.notice) {
    const notice = corner.notice;
    content = <NewcomerNotice notice={notice} busy={corner.busy} error={corner.error} onConfirm={() => void corner.register(notice.newcomer, true)} onBack={corner.stopRegistering} />;
  } else if (corner.registering) {
    content = <RegisterForm initialIdNumber={unknownIdNumber} initialLanguage={language.picked ?? language.shown} busy={corner.busy} error={corner.error} onSubmit={(v) => void corner.register(v, false)} onCancel={corner.stopRegistering} />;
  } else {
    content = (
      <TrainerMenu
        unlockedBy={corner.unlock?.name ?? null}
        mode={mode}
        signOutRequired={kiosk?.signOutRequired ?? false}
        choices={kiosk?.choices ?? []}
        sessionId={sessionId}
        homeLanguage={language.home}
        pending={pending}
        canRegister={corner.unlock !== null && sessionId !== null}
        canLeave={corner.unlock !== null && hostWindow() === 'kiosk'}
        error={corner.error}
        onMode={onMode}
        onSession={onSession}
        onHomeLanguage={language.setHome}
        onSendPending={onSendPending}
        onRegister={corner.startRegistering}
        onLeave={() => void corner.leaveKiosk()}
        {...(onExam ? { onExam } : {})}
      />
    );
  }
  return (
    <KioskDialog title={t('kioskui.trainer.title')} closeLabel={t('kioskui.common.close')} onClose={corner.close} testId="kiosk-trainer-panel">
      {content}
    </KioskDialog>
  );
}
