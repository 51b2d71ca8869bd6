/**
 * Who may call a channel. Ranked: an admin may do what a trainer may, a trainer what a kiosk may.
 * `public` channels answer anyone who can reach the host (first-run setup, sign-in).
 */
export const ACCESS_LEVELS = ['public', 'kiosk', 'trainer', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

export type Role = 'admin' | 'trainer' | 'kiosk';

export interface Caller {
  role: Role | 'anonymous';
  /** The signed-in account, or the paired kiosk device. */
  accountId?: string;
  deviceId?: string;
  /** The host the call came through, for the audit trail. */
  via: 'ipc' | 'http' | 'cli' | 'internal';
  /** Hash of the sign-in session's token, so sign-out can end exactly this session. */
  sessionId?: string;
  /** A kiosk device serves one station; its calls are confined to it. */
  stationId?: string;
  /** The client's network address (LAN host only): wrong passwords are counted per address too. */
  address?: string;
}

const RANK: Record<Caller['role'], number> = { anonymous: 0, kiosk: 1, trainer: 2, admin: 3 };
const NEEDED: Record<Access, number> = { public: 0, kiosk: 1, trainer: 2, admin: 3 };

export function mayCall(caller: Caller, access: Access): boolean {
  return RANK[caller.role] >= NEEDED[access];
}
