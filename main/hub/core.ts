import { migrateHub } from './db/migrate';
import { SignInGuard } from './http/sign-in-guard';
import { openHubPool, type HubPool } from './db/pool';
import { IdVault } from './services/id-vault';
import { personSecret } from './services/settings';

/** The hub's composition root: its PostgreSQL pool and the key that seals full ID numbers. */
export interface HubCore {
  pool: HubPool;
  vault: IdVault;
  /** Password guesses counted per name and per address, before the slow check. */
  signInGuard: SignInGuard;
  close(): Promise<void>;
}

export async function openHubCore(opts: { pgUrl: string; keyFile?: string; vault?: IdVault; poolSize?: number }): Promise<HubCore> {
  const pool = openHubPool(opts.pgUrl, opts.poolSize ?? 20);
  try {
    await migrateHub(pool);
    await personSecret(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  const vault = opts.vault ?? (opts.keyFile ? IdVault.fromFile(opts.keyFile) : IdVault.ephemeral());
  return { pool, vault, signInGuard: new SignInGuard(), close: () => pool.end() };
}
