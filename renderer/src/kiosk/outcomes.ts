import type { ScanOutcome } from '../../../shared/contract/attendance-types';

/**
 * How each kiosk answer looks, sounds and how long it stays: one table, so every outcome has a colour,
 * an icon, a sound, words and a next step. Keys are i18n keys (kioskui.answer.<outcome>.*).
 */
export type Tone = 'success' | 'warning' | 'error' | 'info';
export type IconName = 'check' | 'clock' | 'repeat' | 'logout' | 'question' | 'stop' | 'swap' | 'user-off' | 'user-plus' | 'retry' | 'lock' | 'list' | 'read' | 'cloud';
export type SoundName = 'success' | 'notice' | 'error' | 'none';

/** What the kiosk can show after a scan: the station's outcomes, and 'pending' when it kept the scan offline. */
export type KioskAnswerKind = ScanOutcome | 'pending';

export interface Presentation {
  tone: Tone;
  icon: IconName;
  sound: SoundName;
  /** Big headline; may use {{time}}. */
  titleKey: string;
  /** What to do next. */
  nextKey: string;
  /** Back to ready after this long; null: stays until acted on (with a longer safety timeout). */
  holdMs: number | null;
  /** Speak the worker's name (a friendly confirmation) when a voice exists. */
  speak: boolean;
}

export const READY_AFTER_MS = 4000;
export const ERROR_READY_AFTER_MS = 6500;
/** Candidates or a notice left on screen by someone who walked away. */
export const ABANDONED_AFTER_MS = 45_000;

export const TONE_COLOURS: Record<Tone, { background: string; text: string }> = {
  success: { background: '#0a7a32', text: '#ffffff' },
  warning: { background: '#b35c00', text: '#ffffff' },
  error: { background: '#b3261e', text: '#ffffff' },
  info: { background: '#1b5fae', text: '#ffffff' },
};

const P = (tone: Tone, icon: IconName, sound: SoundName, outcome: KioskAnswerKind, holdMs: number | null, speak = false): Presentation => ({
  tone,
  icon,
  sound,
  titleKey: `kioskui.answer.${outcome}.title`,
  nextKey: `kioskui.answer.${outcome}.next`,
  holdMs,
  speak,
});

export const PRESENTATIONS: Record<KioskAnswerKind, Presentation> = {
  signed_in: P('success', 'check', 'success', 'signed_in', READY_AFTER_MS, true),
  // Signed in again after a sign-out: a success, held a little longer so the cancelled sign-out is read.
  reopened: P('success', 'repeat', 'success', 'reopened', READY_AFTER_MS + 1500, true),
  late: P('warning', 'clock', 'notice', 'late', READY_AFTER_MS + 1000, true),
  already_signed_in: P('info', 'repeat', 'notice', 'already_signed_in', READY_AFTER_MS),
  signed_out: P('success', 'logout', 'success', 'signed_out', READY_AFTER_MS, true),
  not_signed_in: P('error', 'question', 'error', 'not_signed_in', ERROR_READY_AFTER_MS),
  unknown_code: P('error', 'question', 'error', 'unknown_code', ERROR_READY_AFTER_MS),
  // A real ID card of someone not on the roster: nothing to retry, the trainer must register them.
  id_not_on_roster: P('warning', 'user-plus', 'error', 'id_not_on_roster', ERROR_READY_AFTER_MS + 2000),
  // The reader misread the number: the worker simply scans again, so it goes back to ready quickly.
  misread: P('error', 'retry', 'error', 'misread', READY_AFTER_MS),
  badge_replaced: P('error', 'swap', 'error', 'badge_replaced', ERROR_READY_AFTER_MS),
  worker_left: P('error', 'user-off', 'error', 'worker_left', ERROR_READY_AFTER_MS),
  session_not_open: P('error', 'lock', 'error', 'session_not_open', ERROR_READY_AFTER_MS),
  choose: P('info', 'list', 'notice', 'choose', null),
  ack_required: P('info', 'read', 'notice', 'ack_required', null),
  // Refused until 三级安全教育 is done: held long enough to read which level is due.
  education_due: P('warning', 'stop', 'error', 'education_due', ERROR_READY_AFTER_MS + 2000),
  pending: P('warning', 'cloud', 'notice', 'pending', READY_AFTER_MS + 1000),
};

export function presentationOf(kind: KioskAnswerKind): Presentation {
  return PRESENTATIONS[kind];
}

/** The tones each sound plays: [frequency Hz, start s, length s]. */
export const SOUND_NOTES: Record<Exclude<SoundName, 'none'>, [number, number, number][]> = {
  success: [
    [880, 0, 0.12],
    [1320, 0.13, 0.18],
  ],
  notice: [
    [660, 0, 0.15],
    [660, 0.2, 0.15],
  ],
  error: [
    [220, 0, 0.25],
    [196, 0.28, 0.35],
  ],
};
