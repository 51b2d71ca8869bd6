import type { FigureRow, PeriodReport, ReportSession } from '../../shared/contract/report-types';
import { ADVANCED_LEVELS, NATIONAL_TRAINING_TYPE_ZH, type SkillLevel } from '../../shared/domain/vocab';
import type { PeriodFacts } from './facts';
import { percentOf, round1 } from './range';

/** Seed 003 三、3: 每年开展高级工及以上层次培训不少于30%. */
export const ADVANCED_TARGET = 30;
/** Seed 003 三、11: 取证率不低于70%. */
export const CERTIFICATE_TARGET = 70;
/** Vocational-skills training: the 技能提升 category, or any session that carries a skill level. */
export const isSkills = (s: { category: string; skill_level: SkillLevel | null }) => s.category === 'skills' || s.skill_level !== null;
export const LANGUAGE = 'national_language';

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
  row(sessions: { hours: number }[]): FigureRow {
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
  rows(sessions: { hours: number }[]): FigureRow[] {
    return [...this.map.values()].map((g) => g.row(sessions)).sort((a, b) => b.personTimes - a.personTimes || a.label.localeCompare(b.label, 'zh'));
  }
}

/** The monthly / quarterly / annual figures, each with the session ids behind it, from a store's facts. */
export function computePeriodFigures(f: PeriodFacts): PeriodReport {
  const { sessions, roster, label, trainersOf, tradeNames } = f;
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
  for (let si = 0; si < sessions.length; si++) {
    const s = sessions[si]!;
    const { n, seqs, credits } = f.present(si);
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

  // Who of the trainees holds a skill-level certificate by the period's end (their merged records' too).
  const certified = new Set(f.certifiedSeqs.map((seq) => roster.countsAs[seq]!));
  const withCertificate = [...trainees].filter((w) => certified.has(w)).length;
  const byMandarinLevel = (['none', 'basic', 'fluent', 'unknown'] as const).map((level) => ({ level, workers: f.mandarin.find((m) => m.level === level)?.workers ?? 0 }));

  const reportSessions: ReportSession[] = sessions.map((s, i) => ({
    id: s.id,
    startsAt: s.starts_at,
    endsAt: s.ends_at,
    title: s.title,
    category: s.category,
    categoryLabel: label(s.category),
    trainerNames: trainersOf[i]!.map((t) => t.name),
    classHours: s.hours,
    personTimes: perSession[i]!,
  }));

  return {
    stationId: f.stationId,
    stationName: f.stationName,
    kind: f.kind,
    period: f.period,
    from: f.range.from,
    to: f.range.to,
    totals: totals.row(sessions),
    byCategory: byCategory.rows(sessions),
    byTrade: byTrade.rows(sessions),
    byTrainer: byTrainer.rows(sessions),
    byTeam: byTeam.rows(sessions),
    byTownship: byTownship.rows(sessions),
    byNationalType: byNationalType.rows(sessions),
    newWorkers: f.newWorkers,
    certificates: { count: f.certificateIds.length, certificateIds: f.certificateIds },
    advanced: { advancedPersonTimes: advanced, leveledPersonTimes: leveled, skillsPersonTimes: skills, percent: percentOf(advanced, skills), target: ADVANCED_TARGET },
    certificateRate: { trainees: trainees.size, withCertificate, percent: percentOf(withCertificate, trainees.size), target: CERTIFICATE_TARGET },
    language: { figures: language.row(sessions), byMandarinLevel },
    plan: f.plan({ roster, inPeriod }),
    sessions: reportSessions,
  };
}
