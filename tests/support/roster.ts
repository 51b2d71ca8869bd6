import type { Core } from '../../main/app/core';
import { newId } from '../../main/lib/ids';

/** GB 11643 check digit, so fixtures carry valid resident ID numbers. */
export function withCheckDigit(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Inserts workers straight into the roster table with a badge each, for attendance tests. */
export function addWorkers(core: Core, stationId: string, people: { name: string; team?: string; status?: 'on_site' | 'left'; language?: string }[]) {
  const now = core.clock.now().toISOString();
  return people.map((p, i) => {
    const id = newId();
    const idNumber = withCheckDigit(`4407031990${String(101 + i).padStart(4, '0')}${String(100 + i).slice(-3)}`);
    const badge = `W${String(1000001 + i)}`;
    core.db
      .prepare(
        `INSERT INTO workers (id, station_id, name, id_number, id_rev, team, status, language, badge_code, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, stationId, p.name, idNumber, [...idNumber].reverse().join(''), p.team ?? '钢筋班', p.status ?? 'on_site', p.language ?? 'zh-CN', badge, now, now);
    core.db.prepare('INSERT INTO badges (code, station_id, worker_id, issued_at) VALUES (?, ?, ?, ?)').run(badge, stationId, id, now);
    return { id, name: p.name, idNumber, badge };
  });
}
