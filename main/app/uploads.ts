import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '../../shared/contract/access';
import { AppError } from '../../shared/contract/result';
import { newId } from '../lib/ids';

/** An upload not used within this long is removed (the person gave up, or the tab closed). */
const KEEP_MS = 60 * 60_000;

interface Upload {
  file: string;
  channel: string;
  /** Who sent it: only they may use it. */
  owner: string;
  bytes: number;
  at: number;
}

const ownerOf = (caller: Caller) => caller.accountId ?? caller.deviceId ?? 'anonymous';

/**
 * Files the HTTP host streamed to the data folder for a channel that takes one, until that channel's
 * call uses them. Named `upload-*.tmp`, so a killed process's leftovers are cleared at the next start.
 */
export class UploadStore {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly dataDir: string) {}

  /** A fresh id and the file to stream into; `finish` registers it once complete. */
  begin(): { id: string; file: string } {
    const id = `upload-${newId()}`;
    return { id, file: join(this.dataDir, `${id}.tmp`) };
  }

  finish(id: string, file: string, channel: string, caller: Caller, bytes: number, nowMs: number): void {
    this.sweep(nowMs);
    this.uploads.set(id, { file, channel, owner: ownerOf(caller), bytes, at: nowMs });
  }

  /**
   * The file of an upload for this channel by this caller, handed over once: the caller removes it
   * when done. Anyone else's upload, or one made for another channel, is not found.
   */
  take(id: string, channel: string, caller: Caller): string {
    const u = this.uploads.get(id);
    if (!u || u.channel !== channel || u.owner !== ownerOf(caller)) {
      throw new AppError('not_found', 'No such upload; send the file again', { entity: 'upload' });
    }
    this.uploads.delete(id);
    return u.file;
  }

  /** Removes uploads nobody used in time, and all of them when the core closes (`nowMs` Infinity). */
  sweep(nowMs: number): void {
    for (const [id, u] of this.uploads) {
      if (nowMs - u.at < KEEP_MS) continue;
      rmSync(u.file, { force: true });
      this.uploads.delete(id);
    }
  }
}
