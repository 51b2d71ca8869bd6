import type { StationState } from '../domain/vocab';
import type { FiveHavesItem } from './records';
import type { FigureRow, PeriodKind, PeriodReport } from './report-types';

/**
 * What the hub's channels answer: the one description both the hub's services and its screens use,
 * so a field added at the hub reaches the screen type-checked.
 */

/** Who the caller is, as hub.me answers. */
export type HubMe = { role: 'hub_admin'; accountId: string; username: string } | { role: 'hub_viewer'; accountId: string; username: string; stations: string[] };

export interface HubStationView {
  stationId: string;
  nodeId: string;
  name: string;
  enterprise: string;
  city: string;
  district: string;
  township: string;
  address: string;
  /** Seed 004's 建设状况. */
  state: StationState;
  /** Seed 004's five haves, by the station's own rule over the profile and trainers the hub holds. */
  fiveHaves: FiveHavesItem[];
  lastSyncAt: string | null;
  lastSyncVia: string | null;
  /** Whole hours since the last sync (null before the first). */
  staleHours: number | null;
  /** The station time of the last attendance event whose chain the hub checked. */
  chainVerifiedTo: string | null;
  retired: boolean;
  workers: number;
  people: number;
}

export interface HubPeriodReport {
  kind: PeriodKind;
  period: string;
  /** Each station's report, as the station computes it for itself. */
  stations: PeriodReport[];
  /** Sums of the stations' figures; distinct people counted once across stations (by person key). */
  totals: Omit<FigureRow, 'sessionIndexes' | 'key' | 'label'> & { distinctPeople: number };
}

/** One line of a session's sign-in sheet at the hub: the ID number masked as the station masks it, never whole. */
export interface HubAttendeeView {
  name: string;
  idMasked: string;
  status: string;
  signedIn: string | null;
  signedOut: string | null;
  /** Signed out by the station when the session closed, not by the person. */
  signOutAuto: boolean;
  late: boolean;
  /** The hours the station credited (null while the session was open). */
  hours: number | null;
}

export interface HubSessionView {
  id: string;
  title: string;
  category: string;
  startsAt: string;
  endsAt: string;
  state: string;
  /** Class hours as the station's report counts them. */
  classHours: number;
  trainers: string[];
  present: number;
  attendees: HubAttendeeView[];
}

/** An enrolment code as the hub keeps it: its label and times, never the code (only its hash is stored). */
export interface HubEnrolmentCodeView {
  label: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  /** The station PC that enrolled with it, and the name it gave. */
  nodeId: string | null;
  nodeName: string | null;
}

export interface HubAccountView {
  id: string;
  username: string;
  role: 'admin' | 'viewer';
  /** A viewer's stations (ids); an admin sees all. */
  stations: string[];
  createdAt: string;
  disabled: boolean;
}

/** A target the hub set for a station, and whether the station holds it yet (it arrives with its next sync). */
export interface HubPlanView {
  id: string;
  stationId: string;
  stationName: string;
  year: number;
  scopeKind: 'station' | 'township' | 'team';
  scope: string;
  tradeName: string;
  target: number;
  setBy: string;
  updatedAt: string;
  /** The station's own plan entry, as the hub last received it, carries this target. */
  atStation: boolean;
}

export interface HubPlanProgress {
  stationId: string;
  stationName: string;
  rows: { tradeName: string; scopeKind: string; scope: string; target: number; doneYearToDate: number; percent: number | null }[];
}

export interface HubPlanProgressAcross {
  stations: HubPlanProgress[];
  /** The stations' whole-station targets (no trade) and what was done against them, summed. */
  total: { target: number; done: number };
}
