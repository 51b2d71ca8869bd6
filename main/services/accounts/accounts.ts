import type { Database } from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { AccountSummary, SignedIn } from '../../../shared/contract/types';
import { AppError } from '../../../shared/contract/result';
import type { Caller } from '../../../shared/contract/access';
import type { Clock } from '../../lib/clock';
import { newId } from '../../lib/ids';
import { GUESS_RULES, GuessGuard, guessKeys } from './guesses';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

const SESSION_HOURS = 12;

const lockedOut = (until: string) => new AppError('rate_limited', 'Too many wrong passwords; try again later', { reason: 'locked', until });

interface AccountRow {
  id: string;
  station_id: string;
  username: string;
  display_name: string;
  role: 'admin' | 'trainer';
  password_hash: string;
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
  private guard: GuessGuard;

  constructor(
    private db: Database,
    private clock: Clock,
  ) {
    this.guard = new GuessGuard(db, clock);
  }

  /**
   * Checks a password against a user name, counting the guess first (per user name, and per address on
   * the LAN). A name that does not exist, or is disabled, costs and answers exactly as a wrong password.
   */
  private async checkPassword(username: string, password: string, stored: string | undefined, address?: string): Promise<boolean> {
    const ticket = this.guard.take([
      { key: guessKeys.userName(username), rule: GUESS_RULES.password, locked: lockedOut },
      ...(address ? [{ key: guessKeys.address(address), rule: GUESS_RULES.address, locked: lockedOut }] : []),
    ]);
    const right = await verifyPassword(password, stored ?? DUMMY_HASH);
    if (right && stored) ticket.succeeded();
    return right && !!stored;
  }

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

  async signIn(username: string, password: string, address?: string): Promise<SignedIn & { token: string }> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE username = ?').get(username) as AccountRow | undefined;
    const usable = row && !row.disabled_at ? row : undefined;
    if (!(await this.checkPassword(username, password, usable?.password_hash, address)) || !usable)
      throw new AppError('unauthenticated', 'Wrong user name or password', { reason: 'bad_credentials' });
    return this.openSession(usable);
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
  async confirmPassword(accountId: string, password: string, field = 'password'): Promise<void> {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(accountId) as AccountRow | undefined;
    if (!row || row.disabled_at) throw new AppError('forbidden', 'This account may not sign in');
    if (!(await this.checkPassword(row.username, password, row.password_hash)))
      throw new AppError('invalid_input', 'Wrong password', { fields: [{ path: field, message: 'wrong' }] });
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
    if (!(await this.checkPassword(row.username, current, row.password_hash)))
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
