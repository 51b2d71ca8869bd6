import type { Database } from 'better-sqlite3';
import type { TalkTopic } from '../../../shared/contract/safety-education-types';
import { TALK_CATEGORY } from '../../../shared/domain/safety-education';

/** How many recent topics the two-tap screen offers: a short list, read at a glance. */
export const TOPIC_LIMIT = 8;

/**
 * The recent topics of pre-shift talks, newest first; with a team, that team's first and then the
 * station's others (a leader often repeats a topic another team used this week).
 */
export function recentTopics(db: Database, stationId: string, team: string): TalkTopic[] {
  const rows = db
    .prepare(
      `SELECT title, json_extract(audience_json, '$.value') AS team, max(starts_at) AS last_at, count(*) AS times
       FROM training_sessions
       WHERE station_id = ? AND category = ? AND state != 'cancelled'
       GROUP BY title, team ORDER BY last_at DESC LIMIT 200`,
    )
    .all(stationId, TALK_CATEGORY) as { title: string; team: string | null; last_at: string; times: number }[];
  const seen = new Set<string>();
  const out: TalkTopic[] = [];
  const ordered = team ? [...rows.filter((r) => r.team === team), ...rows.filter((r) => r.team !== team)] : rows;
  for (const r of ordered) {
    if (seen.has(r.title)) continue;
    seen.add(r.title);
    out.push({ title: r.title, team: r.team ?? '', lastAt: r.last_at, times: r.times });
    if (out.length >= TOPIC_LIMIT) break;
  }
  return out;
}

/** Today's planned talk of the team's series (the daily talk set up as a repeating session), if any. */
export function plannedTalkToday(db: Database, stationId: string, team: string, today: string): string | null {
  return (
    (db
      .prepare(
        `SELECT id FROM training_sessions
         WHERE station_id = ? AND category = ? AND state = 'planned' AND starts_at >= ? AND starts_at < ?
           AND json_extract(audience_json, '$.kind') = 'team' AND json_extract(audience_json, '$.value') = ?
         ORDER BY starts_at LIMIT 1`,
      )
      .pluck()
      .get(stationId, TALK_CATEGORY, today, `${today}T99`, team) as string | undefined) ?? null
  );
}
