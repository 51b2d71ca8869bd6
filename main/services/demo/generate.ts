import type { Database } from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { checkChar, reverseId } from '../../../shared/domain/id-number';
import { addDays, classHours, wallToInstant, weekday } from '../../../shared/domain/time';
import { newId } from '../../lib/ids';
import { eventHash, chainTip } from '../attendance';
import { INSERT_WORKER_SQL, recordParams, type WorkerRecord } from '../workers';
import { NUMBER_FILL_TRIGGERS } from '../../db/migrations/016_worker_numbers';
import { CERTIFICATE_ISSUERS, COUNTIES, EMPLOYERS, GIVEN, SESSION_TOPICS, SURNAMES, TEAM_TRADES, TRADE_WEIGHTS, TRAINERS, UYGHUR_FATHER, UYGHUR_GIVEN } from './pools';
import type { HighRiskPost } from '../../../shared/domain/vocab';

/** Trades the catalogue files under 建筑施工特种作业 (seed 002 二(一)'s high-risk posts). */
const HIGH_RISK_BY_TRADE: Record<string, HighRiskPost> = { 架子工: 'special_operation', 电工: 'special_operation', 电焊工: 'special_operation' };

export interface StationSize {
  workers: number;
  /** Sessions in the weeks before `until`: a daily safety talk on working days plus other topics. */
  sessions: number;
  /** Attendance rows spread over those sessions (each with its sign-in event in the chain). */
  attendance: number;
  /** The last day with sessions, station wall-clock 'YYYY-MM-DD'. */
  until: string;
}

export interface Generated {
  workerIds: string[];
  badgeCodes: string[];
  sessionIds: string[];
  trainerIds: string[];
}

const pick = <T>(arr: ArrayLike<T>): T => arr[randomInt(0, arr.length)]!;

/** A name for the worker's language: Uyghur (own name · father's name, as on the ID card) or Han. */
function personName(uyghur: boolean): string {
  if (uyghur) return `${pick(UYGHUR_GIVEN)}·${pick(UYGHUR_FATHER)}`;
  return pick(SURNAMES) + pick(GIVEN) + (randomInt(0, 3) ? pick(GIVEN) : '');
}

const TRADE_TOTAL = TRADE_WEIGHTS.reduce((a, b) => a + b, 0);
function weightedTrade(): string {
  let r = randomInt(0, TRADE_TOTAL);
  for (let k = 0; k < TEAM_TRADES.length; k++) if ((r -= TRADE_WEIGHTS[k]!) < 0) return TEAM_TRADES[k]!;
  return TEAM_TRADES[0]!;
}

/** How many come to a session of this topic, relatively: the pre-shift talk is the crowd, skills classes are small. */
function topicWeight(title: string, category: string): number {
  if (title === SESSION_TOPICS[0]!.title) return 3;
  if (category === 'skills') return 0.8;
  if (title.includes('三级')) return 0.6;
  return 1.6;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function idNumber(county: string): string {
  const birth = new Date(Date.UTC(1965, 0, 1) + randomInt(0, 365 * 38) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = county + birth + String(randomInt(0, 1000)).padStart(3, '0');
  return first17 + checkChar(first17);
}

/**
 * Fills a station with believable records quickly: one transaction, prepared statements, the
 * attendance chain computed in memory. Used by `station demo` and by the benchmarks.
 */
export function generateStation(db: Database, stationId: string, size: StationSize): Generated {
  const now = new Date().toISOString();
  const trades = db.prepare('SELECT id, name FROM trades WHERE station_id = ? AND planning = 1').all(stationId) as { id: string; name: string }[];
  const tradeByName = new Map(trades.map((t) => [t.name, t.id]));
  const out: Generated = { workerIds: [], badgeCodes: [], sessionIds: [], trainerIds: [] };
  // A large page cache keeps the indexes in memory while hundreds of thousands of rows go in; and
  // since this only ever fills a new, empty station, it skips the journal: a crash here loses
  // nothing but the generated data, which is simply generated again.
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  // Every reference below is to a row made here; they are checked once at the end instead of per row.
  db.pragma('foreign_keys = OFF');
  // Secondary indexes are built once at the end (a sort) instead of updated row by row (random
  // writes all over the index): the big station's 2,000,000 attendances go in much faster.
  // Unique ones stay, so their constraints hold throughout.
  const deferred = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
       AND tbl_name IN ('workers', 'badges', 'training_sessions', 'session_trainers', 'attendance', 'attendance_events')`,
    )
    .all() as { name: string; sql: string }[];
  for (const ix of deferred) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  // Every worker and attendance below is given its number, so the triggers that fill a missing one
  // (and cost each insert a statement journal) are set aside too.
  const fillTriggers = NUMBER_FILL_TRIGGERS.map(
    (name) => db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(name) as string,
  );
  for (const name of NUMBER_FILL_TRIGGERS) db.exec(`DROP TRIGGER ${name}`);
  try {
    db.transaction(() => {
      const insTrainer = db.prepare(
        'INSERT INTO trainers (id, station_id, name, kind, specialty, unit, title, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const t of TRAINERS) {
        const id = newId();
        insTrainer.run(id, stationId, t.name, t.kind, t.specialty, t.unit, t.title, '139' + String(randomInt(0, 1e8)).padStart(8, '0'), now, now);
        out.trainerIds.push(id);
      }

      const insWorker = db.prepare(INSERT_WORKER_SQL);
      const insCert = db.prepare(
        'INSERT INTO certificates (id, station_id, worker_id, kind, trade_id, level, number, issued_on, issuer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insBadge = db.prepare('INSERT INTO badges (code, station_id, worker_id, issued_at) VALUES (?, ?, ?, ?)');
      const ids = new Set<string>();
      const codes = new Set<string>();
      // Arrivals spread over the year before `until`, more of them lately (a site's crews grow), so
      // each month's report has its own newcomers rather than everyone on one day.
      const start = wallToInstant(addDays(size.until, -330) + 'T08:00');
      const entries: { id: string; entry: string }[] = [];
      for (let i = 0; i < size.workers; i++) {
        const [county, province, countyName] = COUNTIES[i % COUNTIES.length]!;
        let id = idNumber(county);
        while (ids.has(id)) id = idNumber(county);
        ids.add(id);
        let code = 'W' + String(randomInt(0, 10_000_000)).padStart(7, '0');
        while (codes.has(code)) code = 'W' + String(randomInt(0, 10_000_000)).padStart(7, '0');
        codes.add(code);
        const mobile = '1' + pick('3578') + String(randomInt(0, 1e9)).padStart(9, '0');
        const trade = weightedTrade();
        const xinjiang = county.startsWith('65');
        // Most people from Xinjiang's counties here are Uyghur and read Uyghur; Han names read Chinese.
        const uyghur = xinjiang && randomInt(0, 4) !== 0;
        const entered = new Date(start + Math.floor(330 * Math.sqrt(randomInt(0, 1_000_000) / 1_000_000)) * 86_400_000).toISOString().slice(0, 10);
        const rec: WorkerRecord = {
          name: personName(uyghur),
          idType: 'resident',
          idNumber: id,
          mobile,
          tradeId: tradeByName.get(trade) ?? null,
          skillLevel: pick(['L5', 'L5', 'L4', 'L4', 'L3', null] as const),
          employer: EMPLOYERS[i % EMPLOYERS.length]!,
          team: `${trade.replace('工', '')}${(i % 40) + 1}班`,
          homeProvince: province,
          homeCounty: countyName,
          homeTownship: '',
          mandarinLevel: xinjiang ? pick(['none', 'basic', 'fluent'] as const) : 'fluent',
          traineeGroup: randomInt(1, 10),
          language: uyghur ? 'ug' : 'zh-CN',
          entryDate: entered,
          exitDate: null,
          status: randomInt(0, 12) === 0 ? 'left' : 'on_site',
          // Seed 002's conditions need facts a roster holds: some posts, insurance paid, apprentices.
          highRiskPost: HIGH_RISK_BY_TRADE[trade] ?? null,
          insuranceMonths: i % 3 === 0 ? null : randomInt(0, 40),
          apprenticeLevel: i % 25 === 0 ? pick(['L4', 'L3'] as const) : null,
          apprenticeFrom: i % 25 === 0 ? entered : null,
          apprenticeTo: null,
          idRev: reverseId(id),
          mobileRev: reverseId(mobile),
          sex: Number(id[16]) % 2 ? 'M' : 'F',
          birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
        };
        const wid = newId();
        // Registered the day they arrived: the reports' "newly registered" follow the arrivals.
        const registered = new Date(wallToInstant(`${entered}T08:30`)).toISOString();
        insWorker.run(wid, stationId, ...recordParams(rec), code, registered, registered);
        insBadge.run(code, stationId, wid, registered);
        out.workerIds.push(wid);
        out.badgeCodes.push(code);
        entries.push({ id: wid, entry: entered });
        // A safety card for many, a skill-level certificate for some (the subsidy list reads them).
        const cert = randomInt(0, 100);
        if (cert < 35) {
          const kind = cert < 25 ? 'safety' : cert < 32 ? 'skill_level' : 'special_operation';
          insCert.run(newId(), stationId, wid, kind, kind === 'safety' ? null : (tradeByName.get(trade) ?? null), kind === 'skill_level' ? pick(['L4', 'L3', 'L3'] as const) : null,
            `${entered.slice(0, 4)}${String(randomInt(0, 1e6)).padStart(6, '0')}`, addDays(entered, randomInt(-700, 30)), CERTIFICATE_ISSUERS[kind], registered);
        }
      }
      // Who could be at a session on a given day: the workers who had arrived by then.
      entries.sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
      const arrivedBy = (date: string) => {
        let lo = 0;
        let hi = entries.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (entries[mid]!.entry <= date) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };

      const insSession = db.prepare(
        `INSERT INTO training_sessions (id, station_id, title, category, national_type, skill_level, starts_at, ends_at, minutes_per_hour, location, state, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 45, '项目部二楼提升站', 'closed', ?, ?)`,
      );
      const insLink = db.prepare('INSERT INTO session_trainers (session_id, trainer_id, station_id) VALUES (?, ?, ?)');
      const sessions: { id: string; startsAt: string; endsAt: string; hours: number; weight: number }[] = [];
      // Walk back from `until`, a few sessions a working day (more on busy stations), until enough.
      const perDay = Math.max(1, Math.ceil(size.sessions / 90));
      for (let d = 0; sessions.length < size.sessions; d++) {
        const date = addDays(size.until, -d);
        if (weekday(date) === 0) continue;
        for (let k = 0; k < perDay && sessions.length < size.sessions; k++) {
          // Most mornings start with the pre-shift talk; other days, and later sessions, vary.
          const topic = k === 0 && d % 3 !== 2 ? SESSION_TOPICS[0]! : pick(SESSION_TOPICS);
          const startMin = k === 0 ? 7 * 60 + 30 : 9 * 60 + ((k * 97) % (8 * 60));
          const hh = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const startsAt = `${date}T${hh(startMin)}`;
          const endsAt = `${date}T${hh(Math.min(startMin + topic.minutes, 23 * 60 + 59))}`;
          const id = newId();
          insSession.run(id, stationId, topic.title, topic.category, topic.nationalType, topic.level ?? null, startsAt, endsAt, now, now);
          insLink.run(id, pick(out.trainerIds), stationId);
          sessions.push({ id, startsAt, endsAt, hours: classHours(startsAt, endsAt, 45), weight: topicWeight(topic.title, topic.category) * (0.5 + randomInt(0, 1000) / 1000) });
          out.sessionIds.push(id);
        }
      }

      const insAtt = db.prepare(
        `INSERT INTO attendance (id, station_id, session_id, worker_id, worker_seq, status, signed_in_at, late, in_method, credited_hours, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'present', ?, ?, 'badge', ?, ?, ?)`,
      );
      const insEvent = db.prepare(
        `INSERT INTO attendance_events (id, station_id, session_id, worker_id, kind, at, client_at, method, account_id, device_id, reason, idempotency_key, prev_hash, hash)
         VALUES (?, ?, ?, ?, 'sign_in', ?, NULL, 'badge', NULL, 'demo', NULL, NULL, ?, ?)`,
      );
      // Each worker's number (workers.seq) for its attendance rows, read once rather than looked up per row.
      const seqOf = new Map(db.prepare('SELECT id, seq FROM workers WHERE station_id = ?').raw(true).all(stationId) as [string, number][]);
      let prev = chainTip(db);
      // Each session's share of the attendance by its topic's pull (and chance): sizes vary as they do.
      const totalWeight = sessions.reduce((a, x) => a + x.weight, 0);
      let written = 0;
      // Oldest first, so the chain runs forward in time like a real station's.
      for (const s of [...sessions].reverse()) {
        if (written >= size.attendance) break;
        const startMs = wallToInstant(s.startsAt);
        // Only those who had arrived by then; a random spread of them (a stride coprime with the
        // count visits each once), not the same block every time.
        const eligible = arrivedBy(s.startsAt.slice(0, 10));
        const wanted = Math.max(1, Math.round((size.attendance * s.weight) / totalWeight));
        const n = Math.min(wanted, size.attendance - written, eligible);
        const first = randomInt(0, Math.max(1, eligible));
        let stride = 1 + randomInt(0, Math.max(1, eligible));
        while (eligible > 1 && gcd(stride, eligible) !== 1) stride++;
        const morning = s.startsAt.slice(11, 13) < '08';
        for (let j = 0; j < n; j++) {
          const workerId = entries[(first + j * stride) % eligible]!.id;
          const late = randomInt(0, 100) < (morning ? 9 : 4);
          const at = new Date(startMs + (late ? randomInt(6, 20) : -randomInt(0, 15)) * 60_000 - randomInt(0, 60_000)).toISOString();
          const eventId = newId();
          const hash = eventHash(prev, {
            id: eventId, station_id: stationId, session_id: s.id, worker_id: workerId, kind: 'sign_in', at,
            client_at: null, method: 'badge', account_id: null, device_id: 'demo', reason: null, idempotency_key: null,
          });
          insEvent.run(eventId, stationId, s.id, workerId, at, prev, hash);
          insAtt.run(newId(), stationId, s.id, workerId, seqOf.get(workerId)!, at, late ? 1 : 0, s.hours, now, now);
          prev = hash;
          written++;
        }
      }
    }).immediate();
  } finally {
    for (const ix of deferred) db.exec(ix.sql);
    for (const sql of fillTriggers) db.exec(sql);
  }
  db.pragma(`cache_size = ${cacheBefore}`);
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('journal_mode = WAL');
  const broken = db.pragma('foreign_key_check') as unknown[];
  if (broken.length) throw new Error(`generated data breaks ${broken.length} references`);
  return out;
}
