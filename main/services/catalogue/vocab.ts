import type { Database } from 'better-sqlite3';
import type { Vocabulary, VocabItem } from '../../../shared/contract/records';
import { AppError } from '../../../shared/contract/result';
import { CONTENT_CATEGORIES, TRAINER_KINDS } from '../../../shared/domain/vocab';
import type { Clock } from '../../lib/clock';

type List = 'content_category' | 'trainer_kind';

const BUILTIN: Record<List, readonly string[]> = { content_category: CONTENT_CATEGORIES, trainer_kind: TRAINER_KINDS };

/** Built-in codes plus what the station added ("or another the station adds"). */
export class VocabService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private items(stationId: string, list: List): VocabItem[] {
    const added = this.db
      .prepare('SELECT code, label FROM vocab WHERE station_id = ? AND list = ? ORDER BY created_at, code')
      .all(stationId, list) as { code: string; label: string }[];
    return [...BUILTIN[list].map((code) => ({ code, label: null, builtin: true })), ...added.map((a) => ({ ...a, builtin: false }))];
  }

  get(stationId: string): Vocabulary {
    return { contentCategories: this.items(stationId, 'content_category'), trainerKinds: this.items(stationId, 'trainer_kind') };
  }

  has(stationId: string, list: List, code: string): boolean {
    return this.items(stationId, list).some((i) => i.code === code);
  }

  add(stationId: string, list: List, label: string): Vocabulary {
    const existing = this.items(stationId, list).filter((i) => !i.builtin);
    if (existing.some((i) => i.label === label))
      throw new AppError('conflict', 'That label exists', { fields: [{ path: 'label', message: 'taken' }] });
    // Station-added codes are opaque ('custom_3'); the label is what people read.
    const code = `custom_${existing.length + 1}`;
    this.db
      .prepare('INSERT INTO vocab (station_id, list, code, label, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(stationId, list, code, label, this.clock.now().toISOString());
    return this.get(stationId);
  }
}
