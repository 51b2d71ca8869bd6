import type { EduLevel, EduState } from '../domain/safety-education';

/** The station's 三级安全教育 rules (stored as one station setting, `safetyEducation`). */
export interface SafetyEducationSettings {
  /** Minimum class hours per level. */
  minHours: Record<EduLevel, number>;
  /** Whether a level also needs a recorded exam pass. */
  passRequired: Record<EduLevel, boolean>;
  /**
   * A worker who has not completed all three levels may still sign in to sessions that carry no
   * level (false: the kiosk tells them which level is due and refuses the sign-in).
   */
  allowOtherSessions: boolean;
}

/** One session that counted towards a level. */
export interface EduLevelSession {
  sessionId: string;
  title: string;
  /** The session's description: what was taught (the card's 教育内容). */
  content: string;
  startsAt: string;
  endsAt: string;
  state: 'planned' | 'open' | 'closed';
  trainerNames: string[];
  /** Credited when the session closed; null while it is open. */
  creditedHours: number | null;
}

export interface EduLevelProgress {
  level: EduLevel;
  requiredHours: number;
  hours: number;
  passRequired: boolean;
  /** Null: no exam result is visible to this service yet (see levelPassed in the service). */
  passed: boolean | null;
  score: number | null;
  complete: boolean;
  /** What is still missing, for screens: hours short and/or a pass. */
  missingHours: number;
  missingPass: boolean;
  sessions: EduLevelSession[];
}

export interface EduProgress {
  workerId: string;
  state: EduState;
  levels: EduLevelProgress[];
  /** Levels not complete, in order (company, project, team): the first is the one due. */
  due: EduLevel[];
}

/** Short form for lists (roster, live view): state and what is missing per level. */
export interface EduBrief {
  workerId: string;
  state: EduState;
  due: { level: EduLevel; missingHours: number; missingPass: boolean }[];
}

/** The 三级安全教育卡: a worker's details beside their progress. */
export interface EduCard {
  workerId: string;
  name: string;
  /** Masked per shared/domain/privacy.ts. */
  idMasked: string;
  birthYear: number | null;
  sex: 'M' | 'F' | null;
  team: string;
  employer: string;
  tradeName: string | null;
  entryDate: string | null;
  stationName: string;
  progress: EduProgress;
}

export interface EduReportRow {
  /** The team or trade name ('' when none). */
  group: string;
  cleared: number;
  inProgress: number;
  notStarted: number;
  total: number;
}

export interface EduReport {
  stationName: string;
  /** The month whose newcomers are listed, 'YYYY-MM'. */
  month: string;
  totals: { cleared: number; inProgress: number; notStarted: number; total: number };
  byTeam: EduReportRow[];
  byTrade: EduReportRow[];
  newcomers: { workerId: string; name: string; team: string; tradeName: string | null; entryDate: string | null; state: EduState; due: EduLevel[] }[];
}

/** A recent pre-shift talk topic with when it was last given. */
export interface TalkTopic {
  title: string;
  team: string;
  lastAt: string;
  times: number;
}
