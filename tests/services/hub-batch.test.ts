import { describe, expect, it } from 'vitest';
import { buildBatch } from '../../main/services/hub-sync/batch';
import type { HubLink } from '../../main/services/hub-sync/link';
import { filledStation } from '../support/hub-station';

const link = { personSecret: '00'.repeat(32), shareIds: false, nodeId: 'n' } as HubLink;

describe('hub batches (station side)', () => {
  it.each([3, 250, 1000])('batches of at most %i records, one after another, send every record and event exactly once, in revision order', async (limit) => {
    const s = await filledStation({ workers: 120, sessions: 12, attendance: 700 });
    const db = s.core.db;
    db.prepare("DELETE FROM vocab WHERE station_id = ? AND code = 'x'").run(s.stationId);
    db.prepare("INSERT INTO vocab (station_id, list, code, label, created_at) VALUES (?, 'content_category', 'gone', 'G', 'x')").run(s.stationId);
    db.prepare("DELETE FROM vocab WHERE code = 'gone'").run();
    let from = { rev: 0, event: 0 };
    const seen: string[] = [];
    let events = 0;
    let last = 0;
    for (let i = 0; i < 5000; i++) {
      const b = buildBatch(db, link, from, new Date(), { rows: limit, events: limit });
      expect(b.rows.length).toBeLessThanOrEqual(limit);
      for (const r of b.rows) {
        expect(r.r).toBeGreaterThan(last);
        last = r.r;
        seen.push(`${r.t}/${r.k}`);
      }
      events += b.events.length;
      from = { rev: b.toRev, event: b.toEvent };
      if (!b.more) break;
    }
    const total = ['stations', 'workers', 'attendance', 'training_sessions', 'session_trainers', 'trainers', 'trades'].reduce(
      (n, t) => n + (db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number),
      0,
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((k) => k.startsWith('attendance/')).length).toBe(db.prepare('SELECT count(*) FROM attendance').pluck().get());
    expect(seen).toContain(`vocab/${s.stationId}/content_category/gone`);
    expect(seen.length).toBeGreaterThanOrEqual(total);
    expect(events).toBe(db.prepare('SELECT count(*) FROM attendance_events').pluck().get());
    expect(from.rev).toBe(db.prepare('SELECT rev FROM sync_clock').pluck().get());
  });
});
