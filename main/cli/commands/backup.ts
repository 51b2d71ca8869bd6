import { existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { closeDatabase, openDatabase } from '../../db/open';
import { onlineBackup, damageReport, freshBackupPath } from '../../services/backups';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { passphraseFrom } from '../passphrase';
import { DATABASE_FILE } from '../../lib/paths';

/** `station backup [--out FILE] [--passphrase-file F]`: an online backup, safe while the app runs. */
export async function backupCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string' }, 'passphrase-file': { type: 'string' } });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const dataDir = dataDirFrom(values.data);
  if (!existsSync(join(dataDir, DATABASE_FILE))) throw new UsageError(`there is no station database in ${dataDir}`, 1);
  const passphrase = passphraseFrom(values['passphrase-file']);
  const out = values.out ? resolve(values.out) : freshBackupPath(dataDir, new Date(), passphrase !== undefined);
  if (existsSync(out)) throw new UsageError(`${out} already exists; choose another --out`, 1);
  const db = openDatabase(dataDir, { describeDamage: damageReport });
  try {
    await onlineBackup(db, out, { passphrase });
  } finally {
    closeDatabase(db);
  }
  ctx.out(`Backup written to ${out}${passphrase ? ' (encrypted)' : ''}.`);
  return 0;
}
