import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { HubAccountView } from '../../../shared/contract/hub-views';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../services/accounts';
import type { HubPool } from '../db/pool';
import { hubAudit } from './audit';
import { HubError } from './errors';

/** Who is asking the hub: its admin, or a viewer who sees only their stations. */
export type HubCaller = { role: 'hub_admin'; accountId: string; username: string } | { role: 'hub_viewer'; accountId: string; username: string; stations: string[] } | { role: 'anonymous' };

const SESSION_HOURS = 12;
const tokenHash = (t: string) => createHash('sha256').update(t).digest('hex');

export async function createHubAccount(pool: HubPool, actor: string, input: { username: string; password: string; role: 'admin' | 'viewer'; stations?: string[] }): Promise<string> {
  if (input.password.length < 8) throw new HubError('invalid_input', 'bad_code', 'A hub password has at least 8 characters');
  const id = randomUUID();
  const hash = await hashPassword(input.password);
  try {
    await pool.query('INSERT INTO hub_accounts (id, username, role, password_hash) VALUES ($1, $2, $3, $4)', [id, input.username, input.role, hash]);
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new HubError('conflict', 'already_enrolled', `A hub account named ${input.username} exists`);
    throw e;
  }
  if (input.role === 'viewer' && input.stations?.length) await setViewerScope(pool, actor, id, input.stations);
  await hubAudit(pool, actor, 'account_created', null, { username: input.username, role: input.role, stations: input.stations ?? [] });
  return id;
}

export async function setViewerScope(pool: HubPool, actor: string, accountId: string, stations: string[]): Promise<void> {
  await pool.query('DELETE FROM hub_account_scope WHERE account_id = $1', [accountId]);
  await pool.query('INSERT INTO hub_account_scope (account_id, station_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [accountId, stations]);
  await hubAudit(pool, actor, 'account_scope', null, { accountId, stations });
}

export async function hubAccountCount(pool: HubPool): Promise<number> {
  return (await pool.query('SELECT count(*)::int AS n FROM hub_accounts')).rows[0].n as number;
}

export async function signIn(pool: HubPool, username: string, password: string): Promise<{ token: string; role: 'admin' | 'viewer' }> {
  const r = (await pool.query('SELECT id, role, password_hash FROM hub_accounts WHERE username = $1 AND disabled_at IS NULL', [username])).rows[0] as
    | { id: string; role: 'admin' | 'viewer'; password_hash: string }
    | undefined;
  // The same work whether or not the name exists: the answer's time does not tell which names do.
  const good = await verifyPassword(password, r?.password_hash ?? DUMMY_HASH);
  if (!r || !good) throw new HubError('unauthenticated', 'bad_code', 'Wrong user name or password');
  const token = randomBytes(32).toString('base64url');
  await pool.query(`INSERT INTO hub_auth_sessions (token_hash, account_id, expires_at) VALUES ($1, $2, now() + interval '${SESSION_HOURS} hours')`, [tokenHash(token), r.id]);
  await hubAudit(pool, username, 'sign_in', null);
  return { token, role: r.role };
}

export async function resolveCaller(pool: HubPool, token: string | null): Promise<HubCaller> {
  if (!token) return { role: 'anonymous' };
  const r = (
    await pool.query(
      `SELECT a.id, a.username, a.role, coalesce(array_agg(s.station_id) FILTER (WHERE s.station_id IS NOT NULL), '{}') AS stations
       FROM hub_auth_sessions t JOIN hub_accounts a ON a.id = t.account_id LEFT JOIN hub_account_scope s ON s.account_id = a.id
       WHERE t.token_hash = $1 AND t.expires_at > now() AND a.disabled_at IS NULL GROUP BY a.id`,
      [tokenHash(token)],
    )
  ).rows[0] as { id: string; username: string; role: 'admin' | 'viewer'; stations: string[] } | undefined;
  if (!r) return { role: 'anonymous' };
  return r.role === 'admin' ? { role: 'hub_admin', accountId: r.id, username: r.username } : { role: 'hub_viewer', accountId: r.id, username: r.username, stations: r.stations };
}

/**
 * The stations a caller may see, from those asked for (none asked: all they may see). A viewer asking
 * for a station outside their scope is refused by name, not silently given less.
 */
export function scopeFor(caller: HubCaller, asked?: string[]): string[] | 'all' {
  if (caller.role === 'anonymous') throw new HubError('unauthenticated', 'out_of_scope', 'Sign in to the hub first');
  if (caller.role === 'hub_admin') return asked?.length ? asked : 'all';
  if (!asked?.length) return caller.stations;
  const outside = asked.filter((s) => !caller.stations.includes(s));
  if (outside.length) throw new HubError('forbidden', 'out_of_scope', `Station ${outside[0]} is not among the stations this account may see`, { stationId: outside[0] });
  return asked;
}

/** The hub's accounts with each viewer's stations; never a password hash. */
export async function listHubAccounts(pool: HubPool): Promise<HubAccountView[]> {
  const r = await pool.query(
    `SELECT a.id, a.username, a.role, a.created_at, a.disabled_at,
            coalesce(array_agg(s.station_id ORDER BY s.station_id) FILTER (WHERE s.station_id IS NOT NULL), '{}') AS stations
     FROM hub_accounts a LEFT JOIN hub_account_scope s ON s.account_id = a.id GROUP BY a.id ORDER BY a.created_at, a.username`,
  );
  return r.rows.map((x) => ({
    id: x.id as string,
    username: x.username as string,
    role: x.role as 'admin' | 'viewer',
    stations: x.stations as string[],
    createdAt: (x.created_at as Date).toISOString(),
    disabled: x.disabled_at !== null,
  }));
}
