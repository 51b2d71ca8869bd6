/**
 * The facts a report is counted from, whatever store they were read from: a station reads them from its
 * SQLite file (main/services/reports/facts.ts), the hub from PostgreSQL (main/hub/services/report-facts.ts).
 * Nothing here touches a database: the arithmetic is one module, so a station's figures and the hub's
 * figures for that station are the same by construction.
 */
import type { PeriodKind, PlanProgressRow } from '../../shared/contract/report-types';
import type { NationalTrainingType, SkillLevel } from '../../shared/domain/vocab';
import type { Range } from './range';

/** Workers who share a trade, team and home township: what a report's breakdowns and the plan count by. */
export interface RosterGroup {
  tradeId: string | null;
  team: string;
  township: string;
}

/**
 * A station's workers by number (workers.seq). A record merged into another counts as that one, with
 * that one's trade, team and township.
 */
export interface Roster {
  /** The last is the group of workers the station's roster does not hold (none, unless data was hand-edited). */
  groups: RosterGroup[];
  /** By worker number: the number of the record the worker counts as (its own unless merged). */
  countsAs: Int32Array;
  /** By worker number: the index in `groups` of that record's group. */
  groupOf: Int32Array;
}

/** One session's present attendances: `seqs[i]` is a worker's number, `credits[i]` the hours credited. */
export interface Present {
  n: number;
  seqs: Int32Array;
  credits: Float64Array;
}

/** A closed session in the period, with its class hours already worked out. */
export interface FactSession {
  id: string;
  title: string;
  category: string;
  skill_level: SkillLevel | null;
  national_type: NationalTrainingType | null;
  starts_at: string;
  ends_at: string;
  hours: number;
}

export type MandarinLevel = 'none' | 'basic' | 'fluent' | 'unknown';

/** Everything computePeriodFigures needs, read by the caller from its own store in one consistent state. */
export interface PeriodFacts {
  stationId: string;
  stationName: string;
  kind: PeriodKind;
  period: string;
  range: Range;
  /** Content category label, as the forms write it. */
  label(code: string): string;
  /** Closed sessions whose start falls in the range, by start then id. */
  sessions: FactSession[];
  /** By session index: its trainers, by name then id. */
  trainersOf: { id: string; name: string }[][];
  tradeNames: Map<string, string>;
  roster: Roster;
  /** Session i's present attendances (the buffers may be reused by the next call). */
  present(sessionIndex: number): Present;
  newWorkers: number;
  certificateIds: string[];
  /** Worker numbers holding a skill-level certificate issued by the period's end. */
  certifiedSeqs: number[];
  /** Workers who attended 国家通用语言 training, by their Mandarin level. */
  mandarin: { level: MandarinLevel; workers: number }[];
  /** The year's plan beside what was done; given the period's counts by roster group. */
  plan(counted: { roster: Roster; inPeriod: Int32Array }): PlanProgressRow[];
}
