import type { Database } from 'better-sqlite3';
import type { FigureRow, PeriodKind, PeriodReport, ReportSession } from '../../../shared/contract/report-types';
import { ADVANCED_LEVELS, NATIONAL_TRAINING_TYPE_ZH, type NationalTrainingType, type SkillLevel } from '../../../shared/domain/vocab';
import { PresentReader, readRoster } from './facts';
import { planProgress } from './plan-progress';
import { categoryLabels, instantBounds, percentOf, periodRange, round1, sessionHours, stationRow, type Range, type SessionHoursRow } from './scope';

interface SessionRow extends SessionHoursRow {
  rid: number;
  id: string;
  title: string;
  category: string;
  skill_level: SkillLevel | null;
  national_type: NationalTrainingType | null;
}

/** Seed 003 三、3: 每年开展高级工及以上层次培训不少于30%. */
export const ADVANCED_TARGET = 30;
/** Seed 003 三、11: 取证率不低于70%. */
export const CERTIFICATE_TARGET = 70;
/** Vocational-skills training: the 技能提升 category, or any session that carries a skill level. */
const isSkills = (s: { category: string; skill_level: SkillLevel | null }) => s.category === 'skills' || s.skill_level !== null;
const LANGUAGE = 'national_language';

/**
 * Closed sessions whose start falls in the range. Cancelled, planned and still-open sessions are not
 * training done; a session across midnight counts on the day (and in the month) it started.
 */
export function sessionsIn(db: Database, stationId: string, r: Range): SessionRow[] {
  return db
    .prepare(
      `SELECT rowid AS rid, id, title, category, skill_level, national_type, starts_at, ends_at, minutes_per_hour, class_hours_override
       FROM training_sessions WHERE station_id = ? AND state = 'closed' AND starts_at >= ? AND starts_at < ?
       ORDER BY starts_at, id`,
    )
    .all(stationId, r.startWall, r.endWall) as SessionRow[];
}

export function trainersIn(db: Database, stationId: string, r: Range): { session_id: string; trainer_id: string; name: string }[] {
  return db
    .prepare(
      `SELECT st.session_id, t.id AS trainer_id, t.name FROM training_sessions s
       JOIN session_trainers st ON st.session_id = s.id JOIN trainers t ON t.id = st.trainer_id
       WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?
       ORDER BY t.name, t.id`,
    )
    .all(stationId, r.startWall, r.endWall) as { session_id: string; trainer_id: string; name: string }[];
}

/**
 * The facts every figure is counted from, as plain SQL (the benchmark's baseline aggregates these;
 * computePeriodReport reads the same rows faster through facts.ts, by worker number):
 * present attendances in those sessions, each credited to the worker who counts: a record merged into
 * another (workers.merged_into) counts for the record it was merged into, with that record's trade and
 * team. Rows come back as arrays: [session_id, worker, trade_id, trade name, team, credited_hours].
 */
export const FACTS_SQL = `
  SELECT a.session_id,
         COALESCE(w.merged_into, w.id),
         CASE WHEN w.merged_into IS NULL THEN w.trade_id ELSE m.trade_id END AS trade_id,
         CASE WHEN w.merged_into IS NULL THEN w.team ELSE m.team END,
         a.credited_hours
  FROM training_sessions s
  JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
  JOIN workers w ON w.id = a.worker_id
  LEFT JOIN workers m ON m.id = w.merged_into
  WHERE s.station_id = ? AND s.state = 'closed' AND s.starts_at >= ? AND s.starts_at < ?`;

/** A set of small non-negative integers as a growable bitmap: adding is a bit test, no hashing. */
class IntSet {
  private bits = new Uint8Array(1024);
  size = 0;
  add(n: number): void {
    const byte = n >> 3;
    if (byte >= this.bits.length) {
      const grown = new Uint8Array(Math.max(byte + 1, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const mask = 1 << (n & 7);
    if (!(this.bits[byte]! & mask)) {
      this.bits[byte]! |= mask;
      this.size++;
    }
  }
  *values(): Generator<number> {
    for (let byte = 0; byte < this.bits.length; byte++) {
      const b = this.bits[byte]!;
      if (b) for (let k = 0; k < 8; k++) if (b & (1 << k)) yield byte * 8 + k;
    }
  }
}

/** Sessions and workers are numbered: a figure over 600,000 attendances is bit sets, not id sets. */
class Group {
  sessions = new IntSet();
  workers = new IntSet();
  personTimes = 0;
  creditedHours = 0;
  constructor(
    readonly key: string,
    readonly label: string,
  ) {}
  add(session: number, worker: number, credited: number) {
    this.sessions.add(session);
    this.workers.add(worker);
    this.personTimes++;
    this.creditedHours += credited;
  }
  row(sessions: { id: string; hours: number }[]): FigureRow {
    let classHours = 0;
    const sessionIndexes: number[] = [];
    for (const i of this.sessions.values()) {
      classHours += sessions[i]!.hours;
      sessionIndexes.push(i);
    }
    return {
      key: this.key,
      label: this.label,
      sessions: this.sessions.size,
      personTimes: this.personTimes,
      distinctWorkers: this.workers.size,
      classHours: round1(classHours),
      creditedHours: round1(this.creditedHours),
      sessionIndexes,
    };
  }
}

class Groups {
  private map = new Map<string, Group>();
  get(key: string, label: () => string): Group {
    let g = this.map.get(key);
    if (!g) this.map.set(key, (g = new Group(key, label())));
    return g;
  }
  rows(sessions: { id: string; hours: number }[]): FigureRow[] {
    return [...this.map.values()].map((g) => g.row(sessions)).sort((a, b) => b.personTimes - a.personTimes || a.label.localeCompare(b.label, 'zh'));
  }
}

/** The monthly / quarterly / annual figures, each with the session ids behind it. */
export function computePeriodReport(db: Database, stationId: string, kind: PeriodKind, period: string): PeriodReport {
  // One read transaction: every figure is counted from the same state of the data.
  return db.transaction(() => periodReportNow(db, stationId, kind, period))();
}

function periodReportNow(db: Database, stationId: string, kind: PeriodKind, period: string): PeriodReport {
  const station = stationRow(db, stationId);
  const range = periodRange(kind, period);
  const label = categoryLabels(db, stationId);
  const sessions = sessionsIn(db, stationId, range);
  const indexOf = new Map(sessions.map((s, i) => [s.id, i]));
  const numbered = sessions.map((s) => ({ id: s.id, hours: sessionHours(s) }));
  const trainerRows = trainersIn(db, stationId, range);
  const trainersOf: { id: string; name: string }[][] = sessions.map(() => []);
  for (const t of trainerRows) trainersOf[indexOf.get(t.session_id)!]!.push({ id: t.trainer_id, name: t.name });
  const tradeNames = new Map(
    (db.prepare('SELECT id, name FROM trades WHERE station_id = ?').all(stationId) as { id: string; name: string }[]).map((t) => [t.id, t.name]),
  );

  const totals = new Group('total', '合计');
  const byCategory = new Groups();
  const byTrade = new Groups();
  const byTrainer = new Groups();
  const byTeam = new Groups();
  const byTownship = new Groups();
  const byNationalType = new Groups();
  const language = new Group(LANGUAGE, label(LANGUAGE));
  // Per session: its category's and trainers' groups, looked up once rather than once per attendance.
  const sessionGroups = sessions.map((s, i) => [
    byCategory.get(s.category, () => label(s.category)),
    byNationalType.get(s.national_type ?? '', () => (s.national_type ? `${s.national_type} ${NATIONAL_TRAINING_TYPE_ZH[s.national_type]}` : '未填培训类型')),
    ...(s.category === LANGUAGE ? [language] : []),
    ...trainersOf[i]!.map((t) => byTrainer.get(t.id, () => t.name)),
  ]);
  // Per roster group: its trade's and team's groups, made when someone of the group first attended.
  const roster = readRoster(db, stationId);
  const tradeOf: Group[] = [];
  const teamOf: Group[] = [];
  const townshipOf: Group[] = [];
  const townshipGroup = (g: number) => {
    const { township } = roster.groups[g]!;
    return (townshipOf[g] = byTownship.get(township, () => township || '未填乡镇'));
  };
  const tradeGroup = (g: number) => {
    const { tradeId } = roster.groups[g]!;
    return (tradeOf[g] = byTrade.get(tradeId ?? '', () => (tradeId ? (tradeNames.get(tradeId) ?? tradeId) : '未填工种')));
  };
  const teamGroup = (g: number) => {
    const { team } = roster.groups[g]!;
    return (teamOf[g] = byTeam.get(team, () => team || '未填班组'));
  };
  const inPeriod = new Int32Array(roster.groups.length);
  const perSession = new Array<number>(sessions.length).fill(0);
  let advanced = 0;
  let leveled = 0;
  let skills = 0;
  const trainees = new Set<number>();
  const present = new PresentReader(db);
  for (let si = 0; si < sessions.length; si++) {
    const s = sessions[si]!;
    const { n, seqs, credits } = present.read(s.id, numbered[si]!.hours);
    const own = sessionGroups[si]!;
    for (let i = 0; i < n; i++) {
      const w = roster.countsAs[seqs[i]!]!;
      const g = roster.groupOf[w]!;
      const credited = credits[i]!;
      totals.add(si, w, credited);
      for (const group of own) group.add(si, w, credited);
      (tradeOf[g] ?? tradeGroup(g)).add(si, w, credited);
      (teamOf[g] ?? teamGroup(g)).add(si, w, credited);
      (townshipOf[g] ?? townshipGroup(g)).add(si, w, credited);
      // The plan counts vocational-skills training only (plan-progress.ts).
      if (isSkills(s)) {
        inPeriod[g]!++;
        trainees.add(w);
      }
    }
    perSession[si] = n;
    if (isSkills(s)) skills += n;
    if (s.skill_level) {
      leveled += n;
      if (ADVANCED_LEVELS.includes(s.skill_level)) advanced += n;
    }
  }
  // Sessions held count even when nobody attended: each is in the totals, its category's and its trainers' groups.
  for (let i = 0; i < sessions.length; i++) {
    totals.sessions.add(i);
    for (const g of sessionGroups[i]!) g.sessions.add(i);
  }

  const [createdFrom, createdTo] = instantBounds(range);
  const newWorkers = db
    .prepare('SELECT count(*) FROM workers WHERE station_id = ? AND merged_into IS NULL AND created_at >= ? AND created_at < ?')
    .pluck()
    .get(stationId, createdFrom, createdTo) as number;
  const certificateIds = db
    .prepare('SELECT id FROM certificates WHERE station_id = ? AND issued_on >= ? AND issued_on <= ? ORDER BY issued_on, id')
    .pluck()
    .all(stationId, range.from, range.to) as string[];

  // Who of the trainees holds a skill-level certificate by the period's end (their merged records' too).
  const certified = new Set(
    (db
      .prepare(`SELECT w.seq FROM certificates c JOIN workers w ON w.id = c.worker_id WHERE c.station_id = ? AND c.kind = 'skill_level' AND c.issued_on <= ?`)
      .pluck()
      .all(stationId, range.to) as number[]).map((seq) => roster.countsAs[seq]!),
  );
  const withCertificate = [...trainees].filter((w) => certified.has(w)).length;
  const mandarin = db
    .prepare(
      `SELECT ifnull(k.mandarin_level, 'unknown') AS level, count(DISTINCT k.id) AS workers
       FROM training_sessions s JOIN attendance a ON a.session_id = s.id AND a.status = 'present'
       JOIN workers w ON w.id = a.worker_id JOIN workers k ON k.id = ifnull(w.merged_into, w.id)
       WHERE s.station_id = ? AND s.state = 'closed' AND s.category = ? AND s.starts_at >= ? AND s.starts_at < ?
       GROUP BY 1`,
    )
    .all(stationId, LANGUAGE, range.startWall, range.endWall) as { level: 'none' | 'basic' | 'fluent' | 'unknown'; workers: number }[];
  const byMandarinLevel = (['none', 'basic', 'fluent', 'unknown'] as const).map((level) => ({ level, workers: mandarin.find((m) => m.level === level)?.workers ?? 0 }));

  const reportSessions: ReportSession[] = sessions.map((s, i) => ({
    id: s.id,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    title: s.title,
    category: s.category,
    categoryLabel: label(s.category),
    trainerNames: trainersOf[i]!.map((t) => t.name),
    classHours: numbered[i]!.hours,
    personTimes: perSession[i]!,
  }));

  return {
    stationId,
    stationName: station.name,
    kind,
    period,
    from: range.from,
    to: range.to,
    totals: totals.row(numbered),
    byCategory: byCategory.rows(numbered),
    byTrade: byTrade.rows(numbered),
    byTrainer: byTrainer.rows(numbered),
    byTeam: byTeam.rows(numbered),
    byTownship: byTownship.rows(numbered),
    byNationalType: byNationalType.rows(numbered),
    newWorkers,
    certificates: { count: certificateIds.length, certificateIds },
    advanced: { advancedPersonTimes: advanced, leveledPersonTimes: leveled, skillsPersonTimes: skills, percent: percentOf(advanced, skills), target: ADVANCED_TARGET },
    certificateRate: { trainees: trainees.size, withCertificate, percent: percentOf(withCertificate, trainees.size), target: CERTIFICATE_TARGET },
    language: { figures: language.row(numbered), byMandarinLevel },
    plan: planProgress(db, stationId, Number(period.slice(0, 4)), range, { roster, inPeriod }),
    sessions: reportSessions,
  };
}
