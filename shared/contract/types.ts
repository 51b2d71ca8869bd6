import type { Language } from '../i18n/languages';
import type { Role } from './access';

export interface AppInfo {
  product: string;
  version: string;
  schemaVersion: number;
  /** True until the first station and its admin account exist. */
  needsSetup: boolean;
  /** The station's default screen language. */
  language: Language;
  stationName: string | null;
}

export interface Station {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export interface SignedIn {
  /** Only the HTTP host hands the token out; in the desktop app it stays in the main process. */
  token?: string;
  account: AccountSummary;
  expiresAt: string;
}

export interface AccountSummary {
  id: string;
  username: string;
  displayName: string;
  role: Exclude<Role, 'kiosk'>;
}

export interface Whoami {
  role: Role | 'anonymous';
  account: AccountSummary | null;
}

export interface Settings {
  uiLanguage: Language;
  /** Desktop app: serve kiosk tablets on the site LAN (port 8760). */
  allowTablets: boolean;
  /** Trainers and admins may use the LAN host from other PCs (off: only kiosks and pairing). */
  lanAdmin: boolean;
  /** How many backups the backups folder keeps (automatic and manual together). */
  backupKeep: number;
  /** Minutes without input before the admin screens lock (the kiosk never does). */
  idleLockMinutes: number;
}

export interface AccountListItem extends AccountSummary {
  disabled: boolean;
  hasPin: boolean;
}
