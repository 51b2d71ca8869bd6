import type { Database } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { AccountSummary, SignedIn } from '../../shared/contract/types';
import { AppError } from '../../shared/contract/result';
import type { Caller } from '../../shared/contract/access';
import type { Clock } from '../app/clock';
import { newId } from '../app/ids';
import { hashPassword, verifyPassword } from './passwords';

const SESSION_HOURS = 12;
/** After this many wrong passwords in a row the account waits LOCK_MINUTES before trying again. */
const MAX_FAILURES = 5;
const LOCK_MINUTES = 5;

interface AccountRow {
  id: string;
  station_id: string;
  username: string;
  display_name: string;
  role: 'admin' | 'trainer';
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  disabled_at: string | null;
}

const summary = (r: AccountRow): AccountSummary => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
});

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface ResolvedSession {
  caller: Caller;
  account: AccountSummary;
  sessionId: string;
}

export class AccountService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
  }

  async create(input: {
    stationId: string;
    username: string;
    displayName: string;
    role: 'admin' | 'trainer';
    password: string;
  }): Promise<AccountSummary> {
    const hash = await hashPassword(input.password);
    return this.insertHashed({ ...input, passwordHash: hash });
  }

  /** Synchronous half of create, so setup can run it inside one transaction with the station. */
  insertHashed(input: {
    stationId: string;
    username: string;
    displayName: string;
    role: 'admin' | 'trainer';
    passwordHash: string;
  }): AccountSummary {
    const now = this.clock.now().toISOString();
    const id = newId(this.clock.now().getTime());
    try {
      this.db
        .prepare(
          `INSERT INTO accounts (id, station_id, username, display_name, role, password_hash, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, input.stationId, input.username, input.displayName, input.role, input.passwordHash, now, now);
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new AppError('conflict', 'That user name is taken', { fields: [{ path: 'username', message: 'taken' }] });
      throw err;
    }
    return { id, username: input.username, displayName: input.displayName, role: input.role };
  }

  async signIn(username: string, password: string): Promise<SignedIn & { token: string }> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as AccountRow | undefined;
    const now = this.clock.now();
    if (!row || row.disabled_at) {
      // Same cost and same answer as a wrong password, so user names cannot be probed.
      await verifyPassword(password, 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
      throw new AppError('unauthenticated', 'Wrong user name or password', { reason: 'bad_credentials' });
    }
    if (row.locked_until && new Date(row.locked_until) > now) {
      throw new AppError('rate_limited', 'Too many wrong passwords; try again later', {
        reason: 'locked',
        until: row.locked_until,
      });
    }
    if (!(await verifyPassword(password, row.password_hash))) {
      const failures = row.failed_attempts + 1;
      const lock = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
      this.db
        .prepare('UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?')
        .run(lock ? 0 : failures, lock, row.id);
      throw new AppError('unauthenticated', 'Wrong user name or password', { reason: 'bad_credentials' });
    }
    this.db.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(row.id);
    return this.openSession(row);
  }

  private openSession(row: AccountRow): SignedIn & { token: string } {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
    this.db
      .prepare(
        `INSERT INTO auth_sessions (token_hash, account_id, station_id, created_at, expires_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(hashToken(token), row.id, row.station_id, now.toISOString(), expires, now.toISOString());
    return { token, account: summary(row), expiresAt: expires };
  }

  /** Turns a session token from a host into a caller; undefined when it is unknown or expired. */
  resolve(token: string, via: Caller['via']): ResolvedSession | undefined {
    const hash = hashToken(token);
    const row = this.db
      .prepare(
        `SELECT a.*, s.expires_at FROM auth_sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = ? AND a.disabled_at IS NULL`,
      )
      .get(hash) as (AccountRow & { expires_at: string }) | undefined;
    if (!row || new Date(row.expires_at) <= this.clock.now()) return undefined;
    return {
      caller: { role: row.role, accountId: row.id, via, sessionId: hash },
      account: summary(row),
      sessionId: hash,
    };
  }

  /**
   * The idle lock's check: this account's own password, under the same wrong-password count and
   * lock-out as sign-in. A wrong one is a field error, not "unauthenticated": the session is still good.
   */
  async confirmPassword(accountId: string, password: string): Promise<void> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(accountId) as AccountRow | undefined;
    if (!row || row.disabled_at) throw new AppError('forbidden', 'This account may not sign in');
    const now = this.clock.now();
    if (row.locked_until && new Date(row.locked_until) > now)
      throw new AppError('rate_limited', 'Too many wrong passwords; try again later', { reason: 'locked', until: row.locked_until });
    if (!(await verifyPassword(password, row.password_hash))) {
      const failures = row.failed_attempts + 1;
      const lock = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
      this.db.prepare('UPDATE accounts SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(lock ? 0 : failures, lock, row.id);
      throw new AppError('invalid_input', 'Wrong password', { fields: [{ path: 'password', message: 'wrong' }] });
    }
    this.db.prepare('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(row.id);
  }

  account(id: string): AccountSummary | null {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row ? summary(row) : null;
  }

  signOut(sessionId: string): boolean {
    return this.db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?').run(sessionId).changes > 0;
  }

  async changePassword(accountId: string, current: string, next: string): Promise<void> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(accountId) as AccountRow | undefined;
    if (!row) throw new AppError('not_found', 'No such account', { entity: 'account' });
    if (!(await verifyPassword(current, row.password_hash)))
      throw new AppError('invalid_input', 'The current password is wrong', {
        fields: [{ path: 'currentPassword', message: 'wrong' }],
      });
    const hash = await hashPassword(next);
    this.db.transaction(() => {
      this.db
        .prepare('UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?')
        .run(hash, this.clock.now().toISOString(), accountId);
      // Other sessions of this account end: a changed password should lock out whoever knew the old one.
      this.db.prepare('DELETE FROM auth_sessions WHERE account_id = ?').run(accountId);
    })();
  }
}
