import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { AccountListItem } from '../../../shared/contract/types';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../lib/clock';
import type { AccountService } from './accounts';
import { GUESS_RULES, GuessGuard, guessKeys } from './guesses';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

const UNLOCK_MINUTES = 5;

interface Row {
  id: string;
  username: string;
  display_name: string;
  role: 'admin' | 'trainer';
  disabled_at: string | null;
  pin_hash: string | null;
  password_hash: string;
}

/** Managing accounts (admin) and the trainers' kiosk PINs. */
export class AccountAdminService {
  /** Short-lived kiosk unlocks: token → who unlocked and until when. Kept in memory on purpose. */
  private unlocks = new Map<string, { accountId: string; expires: number }>();

  private guard: GuessGuard;

  constructor(
    private db: Database,
    private clock: Clock,
    private passwords: AccountService,
  ) {
    this.guard = new GuessGuard(db, clock);
  }

  private row(id: string): Row {
    const r = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as Row | undefined;
    if (!r) throw new AppError('not_found', 'No such account', { entity: 'account' });
    return r;
  }

  list(): AccountListItem[] {
    return (this.db.prepare('SELECT * FROM accounts ORDER BY role, username').all() as Row[]).map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      disabled: r.disabled_at !== null,
      hasPin: r.pin_hash !== null,
    }));
  }

  async update(id: string, patch: { displayName?: string; disabled?: boolean; newPassword?: string; newPin?: string | null }, actingId: string | undefined): Promise<AccountListItem> {
    const r = this.row(id);
    if (patch.disabled && id === actingId) throw new AppError('conflict', 'You cannot disable your own account', { reason: 'self_disable' });
    if (patch.disabled && r.role === 'admin') {
      const admins = this.db.prepare("SELECT count(*) FROM accounts WHERE role = 'admin' AND disabled_at IS NULL").pluck().get() as number;
      if (admins <= 1) throw new AppError('conflict', 'The last admin cannot be disabled', { reason: 'last_admin' });
    }
    const now = this.clock.now().toISOString();
    const hash = patch.newPassword ? await hashPassword(patch.newPassword) : null;
    // A forgotten PIN is reset by an admin (new one, or none until the trainer sets their own).
    const pinHash = patch.newPin ? await hashPassword(patch.newPin) : null;
    this.db.transaction(() => {
      if (patch.displayName !== undefined) this.db.prepare('UPDATE accounts SET display_name = ?, updated_at = ? WHERE id = ?').run(patch.displayName, now, id);
      if (patch.disabled !== undefined) {
        this.db.prepare('UPDATE accounts SET disabled_at = ?, updated_at = ? WHERE id = ?').run(patch.disabled ? now : null, now, id);
        if (patch.disabled) this.db.prepare('DELETE FROM auth_sessions WHERE account_id = ?').run(id);
      }
      if (hash) {
        this.db.prepare('UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, now, id);
        this.db.prepare('DELETE FROM auth_sessions WHERE account_id = ?').run(id);
        this.guard.clear([guessKeys.userName(r.username)]);
      }
      if (patch.newPin !== undefined) {
        this.db.prepare('UPDATE accounts SET pin_hash = ?, updated_at = ? WHERE id = ?').run(pinHash, now, id);
        this.guard.clear([guessKeys.pin(id)]);
      }
    })();
    return this.list().find((a) => a.id === id)!;
  }

  /** A trainer sets their own PIN with their password (counted as any password guess); a locked PIN opens again. */
  async setPin(accountId: string, currentPassword: string, pin: string): Promise<void> {
    await this.passwords.confirmPassword(accountId, currentPassword, 'currentPassword');
    const hash = await hashPassword(pin);
    this.db.prepare('UPDATE accounts SET pin_hash = ?, updated_at = ? WHERE id = ?').run(hash, this.clock.now().toISOString(), accountId);
    this.guard.clear([guessKeys.pin(accountId)]);
  }

  /** Who may unlock a kiosk: active accounts with a PIN. Names only. */
  kioskTrainers(): { accountId: string; displayName: string }[] {
    return (
      this.db.prepare('SELECT id, display_name FROM accounts WHERE pin_hash IS NOT NULL AND disabled_at IS NULL ORDER BY display_name').all() as {
        id: string;
        display_name: string;
      }[]
    ).map((r) => ({ accountId: r.id, displayName: r.display_name }));
  }

  /**
   * Checks a trainer's PIN at a kiosk. The guess is counted first, per PIN and per kiosk device: five
   * wrong lock that PIN until the trainer or an admin sets it again; ten wrong at one device lock PIN
   * entry there for a while. The answer never says which part was wrong.
   */
  async unlock(accountId: string, pin: string, deviceId: string | undefined): Promise<{ unlockToken: string; displayName: string; expiresAt: string }> {
    const r = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(accountId) as Row | undefined;
    const usable = r && !r.disabled_at && r.pin_hash ? r : undefined;
    const ticket = this.guard.take([
      { key: guessKeys.pin(accountId), rule: GUESS_RULES.pin, locked: () => new AppError('rate_limited', 'This PIN is locked after too many wrong tries; set it again', { reason: 'pin_locked' }) },
      ...(deviceId
        ? [{ key: guessKeys.device(deviceId), rule: GUESS_RULES.pinDevice, locked: (until: string) => new AppError('rate_limited', 'Too many wrong PINs here; try again later', { reason: 'locked', until }) }]
        : []),
    ]);
    if (!(await verifyPassword(pin, usable?.pin_hash ?? DUMMY_HASH)) || !usable) throw new AppError('unauthenticated', 'Wrong PIN', { reason: 'bad_pin' });
    ticket.succeeded();
    const now = this.clock.now();
    const token = randomBytes(24).toString('base64url');
    const expires = now.getTime() + UNLOCK_MINUTES * 60_000;
    this.unlocks.set(token, { accountId: usable.id, expires });
    return { unlockToken: token, displayName: usable.display_name, expiresAt: new Date(expires).toISOString() };
  }

  /** The account behind a kiosk unlock, or a refusal when it is unknown or has expired. */
  unlocked(token: string): string {
    const u = this.unlocks.get(token);
    if (!u || u.expires <= this.clock.now().getTime()) {
      this.unlocks.delete(token);
      throw new AppError('forbidden', 'The kiosk unlock has expired; enter the PIN again', { reason: 'unlock_expired' });
    }
    return u.accountId;
  }
}
