import type { Database } from 'better-sqlite3';
import type { Audience, Page, SessionFields, TrainingSession } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import type { SessionState } from '../../../shared/domain/vocab';
import { addDays, classHours, minutesBetween, addMinutes, stationNow } from '../../../shared/domain/time';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { expandSeries, type RepeatRule } from './series';

interface SessionRow {
  id: string;
  station_id: string;
  series_id: string | null;
  title: string;
  category: string;
  national_type: TrainingSession['nationalType'];
  skill_level: TrainingSession['skillLevel'];
  starts_at: string;
  ends_at: string;
  minutes_per_hour: number;
  class_hours_override: number | null;
  location: string;
  capacity: number | null;
  description: string;
  materials: string;
  audience_json: string;
  ack_text: string | null;
  ack_text_ug: string | null;
  ack_text_en: string | null;
  state: SessionState;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** Which state changes a trainer may make; anything else is a conflict, said plainly. */
const TRANSITIONS: Record<SessionState, readonly SessionState[]> = {
  planned: ['open', 'cancelled'],
  open: ['closed', 'planned'],
  closed: ['open'],
  cancelled: ['planned'],
};

export class SessionService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private rows(where: string, params: unknown[], tail = ''): SessionRow[] {
    return this.db.prepare(`SELECT * FROM training_sessions WHERE ${where} ${tail}`).all(...params) as SessionRow[];
  }

  private hydrate(rows: SessionRow[]): TrainingSession[] {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const marks = ids.map(() => '?').join(',');
    const trainers = this.db
      .prepare(
        `SELECT st.session_id, t.id, t.name FROM session_trainers st JOIN trainers t ON t.id = st.trainer_id
         WHERE st.session_id IN (${marks}) ORDER BY t.name`,
      )
      .all(...ids) as { session_id: string; id: string; name: string }[];
    const trades = this.db
      .prepare(`SELECT session_id, trade_id FROM session_trades WHERE session_id IN (${marks})`)
      .all(...ids) as { session_id: string; trade_id: string }[];
    return rows.map((r) => {
      const mine = trainers.filter((t) => t.session_id === r.id);
      return {
        id: r.id,
        stationId: r.station_id,
        seriesId: r.series_id,
        title: r.title,
        category: r.category,
        nationalType: r.national_type,
        skillLevel: r.skill_level,
        tradeIds: trades.filter((t) => t.session_id === r.id).map((t) => t.trade_id),
        trainerIds: mine.map((t) => t.id),
        trainerNames: mine.map((t) => t.name),
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        minutesPerHour: r.minutes_per_hour,
        classHoursOverride: r.class_hours_override,
        classHours: r.class_hours_override ?? classHours(r.starts_at, r.ends_at, r.minutes_per_hour),
        location: r.location,
        capacity: r.capacity,
        description: r.description,
        materials: r.materials,
        audience: JSON.parse(r.audience_json) as Audience,
        ackText: r.ack_text,
        ackTextUg: r.ack_text_ug,
        ackTextEn: r.ack_text_en,
        state: r.state,
        cancelReason: r.cancel_reason,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    });
  }

  get(id: string): TrainingSession {
    const [s] = this.hydrate(this.rows('id = ?', [id]));
    if (!s) throw new AppError('not_found', 'No such session', { entity: 'session' });
    return s;
  }

  list(q: { stationId: string; from?: string; to?: string; state?: SessionState; trainerId?: string; q: string; offset: number; limit: number }): Page<TrainingSession> {
    const where = ['station_id = ?'];
    const params: unknown[] = [q.stationId];
    if (q.from) (where.push('starts_at >= ?'), params.push(q.from));
    if (q.to) (where.push('starts_at < ?'), params.push(addDays(q.to, 1)));
    if (q.state) (where.push('state = ?'), params.push(q.state));
    if (q.trainerId) (where.push('id IN (SELECT session_id FROM session_trainers WHERE trainer_id = ?)'), params.push(q.trainerId));
    if (q.q) (where.push("title LIKE ? ESCAPE '\\'"), params.push(`%${q.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
    const clause = where.join(' AND ');
    const total = (this.db.prepare(`SELECT count(*) AS n FROM training_sessions WHERE ${clause}`).get(...params) as { n: number }).n;
    const rows = this.rows(clause, [...params, q.limit, q.offset], 'ORDER BY starts_at DESC, id LIMIT ? OFFSET ?');
    return { rows: this.hydrate(rows), total, totalCapped: false, offset: q.offset };
  }

  /** One session, or a series of them when a repeat rule is given; all in one transaction. */
  create(stationId: string, f: SessionFields, minutesPerHour: number, repeat: RepeatRule | null): TrainingSession[] {
    const now = this.clock.now().toISOString();
    const t = this.clock.now().getTime();
    const occurrences = repeat ? expandSeries(f.startsAt, f.endsAt, repeat) : [{ startsAt: f.startsAt, endsAt: f.endsAt }];
    if (!occurrences.length)
      throw new AppError('invalid_input', 'The repeat rule gives no dates', { fields: [{ path: 'repeat', message: 'no dates match' }] });
    const ids: string[] = [];
    this.db.transaction(() => {
      let seriesId: string | null = null;
      if (repeat) {
        seriesId = newId(t);
        this.db.prepare('INSERT INTO session_series (id, station_id, rule_json, created_at) VALUES (?, ?, ?, ?)').run(seriesId, stationId, JSON.stringify(repeat), now);
      }
      for (const o of occurrences) {
        const id = newId(t);
        ids.push(id);
        this.db
          .prepare(
            `INSERT INTO training_sessions (id, station_id, series_id, title, category, national_type, skill_level, starts_at, ends_at,
               minutes_per_hour, class_hours_override, location, capacity, description, materials, audience_json, ack_text, ack_text_ug, ack_text_en, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(id, stationId, seriesId, f.title, f.category, f.nationalType, f.skillLevel, o.startsAt, o.endsAt, minutesPerHour,
            f.classHoursOverride, f.location, f.capacity, f.description, f.materials, JSON.stringify(f.audience), f.ackText, f.ackTextUg, f.ackTextEn, now, now);
        this.setLinks(id, stationId, f.trainerIds, f.tradeIds);
      }
    })();
    return ids.map((id) => this.get(id));
  }

  private setLinks(sessionId: string, stationId: string, trainerIds?: string[], tradeIds?: string[]) {
    if (trainerIds) {
      this.db.prepare('DELETE FROM session_trainers WHERE session_id = ?').run(sessionId);
      const ins = this.db.prepare('INSERT INTO session_trainers (session_id, trainer_id, station_id) VALUES (?, ?, ?)');
      for (const tid of new Set(trainerIds)) ins.run(sessionId, tid, stationId);
    }
    if (tradeIds) {
      this.db.prepare('DELETE FROM session_trades WHERE session_id = ?').run(sessionId);
      const ins = this.db.prepare('INSERT INTO session_trades (session_id, trade_id, station_id) VALUES (?, ?, ?)');
      for (const tid of new Set(tradeIds)) ins.run(sessionId, tid, stationId);
    }
  }

  /**
   * Changes one session, or it and the later ones of its series. For the later ones a new start or
   * end keeps each session's own date and takes the new time of day and duration.
   */
  /** The sessions an update with this scope would change: the one, or it and its series' later planned ones. */
  targetsOf(id: string, scope: 'this' | 'following'): string[] {
    const current = this.get(id);
    return scope === 'following' && current.seriesId
      ? this.rows("series_id = ? AND starts_at >= ? AND state = 'planned'", [current.seriesId, current.startsAt]).map((r) => r.id)
      : [id];
  }

  update(id: string, patch: Partial<SessionFields>, scope: 'this' | 'following'): TrainingSession[] {
    const current = this.get(id);
    const targets = this.targetsOf(id, scope);
    if (current.state === 'closed' || current.state === 'cancelled')
      throw new AppError('conflict', 'A closed or cancelled session cannot be changed', { reason: 'session_not_editable', state: current.state });
    const now = this.clock.now().toISOString();
    this.db.transaction(() => {
      for (const target of targets) {
        const s = this.get(target);
        let startsAt = s.startsAt;
        let endsAt = s.endsAt;
        if (patch.startsAt || patch.endsAt) {
          const newStart = patch.startsAt ?? current.startsAt;
          const newEnd = patch.endsAt ?? current.endsAt;
          if (target === id) {
            startsAt = newStart;
            endsAt = newEnd;
          } else {
            startsAt = s.startsAt.slice(0, 10) + newStart.slice(10);
            endsAt = addMinutes(startsAt, minutesBetween(newStart, newEnd));
          }
        }
        const n = { ...s, ...patch, startsAt, endsAt };
        this.db
          .prepare(
            `UPDATE training_sessions SET title = ?, category = ?, national_type = ?, skill_level = ?, starts_at = ?, ends_at = ?,
               class_hours_override = ?, location = ?, capacity = ?, description = ?, materials = ?, audience_json = ?, ack_text = ?, ack_text_ug = ?, ack_text_en = ?, updated_at = ?
             WHERE id = ?`,
          )
          .run(n.title, n.category, n.nationalType, n.skillLevel, n.startsAt, n.endsAt, n.classHoursOverride, n.location, n.capacity,
            n.description, n.materials, JSON.stringify(n.audience), n.ackText, n.ackTextUg, n.ackTextEn, now, target);
        this.setLinks(target, s.stationId, patch.trainerIds, patch.tradeIds);
      }
    })();
    return targets.map((t) => this.get(t));
  }

  setState(id: string, state: SessionState, reason?: string): TrainingSession {
    const current = this.get(id);
    if (current.state === state) return current;
    if (!TRANSITIONS[current.state].includes(state))
      throw new AppError('conflict', `A ${current.state} session cannot become ${state}`, { reason: 'bad_transition', from: current.state, to: state });
    this.db
      .prepare('UPDATE training_sessions SET state = ?, cancel_reason = ?, updated_at = ? WHERE id = ?')
      .run(state, state === 'cancelled' ? (reason ?? null) : null, this.clock.now().toISOString(), id);
    return this.get(id);
  }

  /**
   * A session that ended before its scheduled end (closed early, "it ended now"): its end moves to
   * this minute, so its class hours and everyone's credit are what actually ran.
   */
  endNow(id: string): TrainingSession {
    const current = this.get(id);
    const now = this.clock.now();
    const end = stationNow(now).slice(0, 16);
    if (end >= current.endsAt) return current;
    if (end <= current.startsAt) throw new AppError('conflict', 'The session has not started; cancel it instead', { reason: 'not_started' });
    this.db.prepare('UPDATE training_sessions SET ends_at = ?, updated_at = ? WHERE id = ?').run(end, now.toISOString(), id);
    return this.get(id);
  }
}
