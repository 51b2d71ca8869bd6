import type { Language } from '../i18n/languages';
import type { SessionState } from '../domain/vocab';
import type { EduLevel } from '../domain/safety-education';
import type { EvidenceStep } from './evidence-types';

export type ScanMethod = 'badge' | 'qr' | 'id_digits' | 'id_card' | 'manual';

/** What the kiosk shows after a scan; each outcome has its colour, icon, sound and words. */
export type ScanOutcome =
  | 'signed_in'
  | 'late'
  /** Signed in again after a sign-out: the sign-out is cancelled and the stay goes on (`reopenedFrom`). */
  | 'reopened'
  | 'already_signed_in'
  | 'signed_out'
  | 'not_signed_in'
  | 'unknown_code'
  /** A valid resident ID number (check digit right) of nobody on this station's roster: ask the trainer. */
  | 'id_not_on_roster'
  /** Looked like an ID number but its check digit or date is wrong: the reader misread it, scan again. */
  | 'misread'
  | 'badge_replaced'
  | 'worker_left'
  | 'session_not_open'
  | 'choose'
  | 'ack_required'
  /** Not cleared in 三级安全教育 and the station lets such a worker sign in only to a level's session. */
  | 'education_due';

export interface KioskWorker {
  id: string;
  /** Full name for the worker's own confirmation; candidates lists use `maskedName`. */
  name: string;
  language: Language;
  photoDataUrl: string | null;
}

export interface ScanAnswer {
  outcome: ScanOutcome;
  worker: KioskWorker | null;
  /** The PC's clock: when the sign-in (or sign-out) was recorded, as ISO text. */
  at: string | null;
  /** 'HH:MM' on the station's wall clock, for the big confirmation. */
  time: string | null;
  /** When several people match typed ID digits: pick one. Names partly masked (张*三). */
  candidates: { workerId: string; maskedName: string; team: string }[];
  /** The notice to acknowledge before the sign-in counts, in the worker's language when written in it. */
  ackText: string | null;
  /** The language `ackText` is written in: the worker's, or Chinese when the notice has no such version. */
  ackLanguage: Language | null;
  /** 'HH:MM' of the sign-out that this sign-in cancelled (outcome `reopened`). */
  reopenedFrom: string | null;
  /** The scan was recorded but flagged for the trainer (a queued scan whose time could not be right). */
  flagged: boolean;
  /** True when this answer repeats an earlier identical scan (same idempotency key or a quick re-scan). */
  repeat: boolean;
  /** Present count after this scan. */
  presentCount: number;
  /** 三级安全教育 levels this worker still has due (company, project, team order); absent when cleared. */
  educationDue?: EduLevel[];
  /** The station takes sign-in photos: ask this worker's consent first, or take the photo (after this answer). */
  evidence?: EvidenceStep;
}

export interface KioskSession {
  id: string;
  title: string;
  category: string;
  trainerNames: string[];
  startsAt: string;
  endsAt: string;
  state: SessionState;
  presentCount: number;
  requiresAck: boolean;
}

export interface KioskState {
  stationName: string;
  /** The session the kiosk should show: the one asked for, else the only one open now. */
  session: KioskSession | null;
  /** Sessions a trainer could pick from today. */
  choices: KioskSession[];
  signOutRequired: boolean;
  serverTime: string;
}

export interface AttendanceRow {
  workerId: string;
  name: string;
  idMasked: string;
  team: string;
  tradeName: string | null;
  status: 'present' | 'excused' | 'voided';
  signedInAt: string | null;
  signedOutAt: string | null;
  signOutAuto: boolean;
  late: boolean;
  method: string | null;
  reason: string | null;
  creditedHours: number | null;
  /** Why the trainer should look at this row; the live view lists flagged rows. */
  flag: AttendanceFlag | null;
}

/**
 * clock_implausible: a queued scan whose corrected time fell outside the session's sign-in window (a
 * tablet clock reset while offline), recorded at the time it arrived instead.
 * queued_after_close: a scan a tablet took while the session was open, delivered after it was closed.
 */
export const ATTENDANCE_FLAGS = ['clock_implausible', 'queued_after_close'] as const;
export type AttendanceFlag = (typeof ATTENDANCE_FLAGS)[number];

export interface LiveView {
  session: KioskSession;
  rows: AttendanceRow[];
  /** Expected audience not yet signed in. */
  missing: { workerId: string; name: string; idMasked: string; team: string }[];
  counts: { present: number; late: number; excused: number; expected: number; signedOut: number };
  fingerprint: string | null;
}

export interface ChainCheck {
  ok: boolean;
  events: number;
  /** The first event whose hash no longer matches, or whose row disagrees with its events. */
  firstBad: { seq: number; eventId: string; sessionId: string; problem: string } | null;
  head: string | null;
}

export interface Device {
  id: string;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** One of the PC's IPv4 addresses on a network interface (its name helps choose: Wi-Fi or cable). */
export interface LanAddress {
  address: string;
  interfaceName: string;
}

/** Where a tablet on the site LAN can reach this PC, for the pairing QR code and address. */
export interface PairingAddresses {
  /** The PC's LAN IPv4 addresses (not loopback). */
  addresses: LanAddress[];
  /** The port the LAN host listens on; null when no host is listening. */
  port: number | null;
  /** Whether a host listens on the network at all (not only on this PC). */
  listeningOnLan: boolean;
  /** The "allow tablets" setting. */
  allowTablets: boolean;
}
