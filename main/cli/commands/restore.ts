import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { acquireDataLock } from '../../app/lock';
import { newestGoodBackup, RestoreRefusedError, PassphraseNeededError, WrongPassphraseError, restoreInto } from '../../services/backups';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { passphraseFrom } from '../passphrase';

/**
 * `station restore FILE | --latest [--passphrase-file F]`: checks the backup, keeps the current
 * database aside and swaps the backup in. Refused while serve or the desktop app holds the folder.
 */
export async function restoreCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(argv, { latest: { type: 'boolean' }, 'passphrase-file': { type: 'string' } });
  const dataDir = dataDirFrom(values.data);
  if (values.latest ? positionals.length > 0 : positionals.length !== 1) throw new UsageError('give one backup FILE, or --latest for the newest good backup');
  // Held for the whole restore: a server started meanwhile refuses instead of writing to the file
  // that is about to be set aside.
  const lock = acquireDataLock(dataDir, 'station restore');
  try {
    return await restoreHeld(dataDir, values.latest === true, positionals, values['passphrase-file'], ctx);
  } finally {
    lock.release();
  }
}

async function restoreHeld(dataDir: string, latest: boolean, positionals: string[], passphraseFile: string | undefined, ctx: CliContext): Promise<number> {
  let source: string;
  if (latest) {
    const newest = newestGoodBackup(dataDir);
    if (!newest) throw new UsageError(`no good unencrypted backup in ${dataDir}/backups; name an encrypted one as FILE`, 1);
    source = newest.path;
  } else {
    source = resolve(positionals[0]!);
    if (!existsSync(source)) throw new UsageError(`${source} does not exist`, 1);
  }
  const passphrase = passphraseFrom(passphraseFile);
  try {
    const r = await restoreInto(dataDir, source, { passphrase, at: new Date(), auditAs: { role: 'admin', via: 'cli' } });
    ctx.out(
      `Restored ${source}: ${r.workers} workers, ${r.events} attendance events, chain intact.` +
        (r.keptAside ? ` The previous database is kept as ${r.keptAside}.` : ''),
    );
    return 0;
  } catch (err) {
    if (err instanceof RestoreRefusedError || err instanceof WrongPassphraseError || err instanceof PassphraseNeededError) {
      throw new UsageError(`${err.message} Nothing was changed.`, 1);
    }
    throw err;
  }
}
