import type { Database } from 'better-sqlite3';
import { basename, join } from 'node:path';
import { appendAudit } from '../services/audit';
import { closeDatabase, openDatabase, openDatabaseCheckLater, openReader, prepareDataDir } from '../db/open';
import { schemaVersion } from '../db/migrate';
import { AccountService, AccountAdminService } from '../services/accounts';
import { SettingsService, StationSettingsService } from '../services/settings';
import { StationService } from '../services/stations';
import { SessionService } from '../services/sessions';
import { TradeService, VocabService } from '../services/catalogue';
import { TrainerService } from '../services/trainers';
import { AttendanceService } from '../services/attendance';
import { DeviceService } from '../services/devices';
import { WorkerService, ExportService } from '../services/workers';
import { ImportService } from '../services/imports';
import { BackupService, applyPendingRestore, damageReport, removeLeftovers } from '../services/backups';
import { ReportService } from '../services/reports';
import { HubSyncService } from '../services/hub-sync';
import { systemClock, type Clock } from '../lib/clock';
import { EventBus } from './events';
import { createLogger, type Logger } from '../lib/log';
import { IntegrityGate } from './integrity';
import { UploadStore } from './uploads';
import type { DataLock } from './lock';
import { networkPresence, type NetworkPresence } from './network';
import { APP_VERSION } from './version';

/** The composition root: one open database and the services over it, shared by every host. */
export interface Core {
  dataDir: string;
  db: Database;
  clock: Clock;
  log: Logger;
  events: EventBus;
  /** The hosts listening over this core and the PC's LAN addresses, for pairing tablets. */
  network: NetworkPresence;
  version: string;
  /** The start-up quick check: writes wait for it, and a failed one keeps the database unwritable. */
  integrity: IntegrityGate;
  /** Files streamed in by the HTTP host for channels that take one (ChannelDef.upload). */
  uploads: UploadStore;
  stations: StationService;
  settings: SettingsService;
  accounts: AccountService;
  stationSettings: StationSettingsService;
  trades: TradeService;
  vocab: VocabService;
  trainers: TrainerService;
  sessions: SessionService;
  attendance: AttendanceService;
  devices: DeviceService;
  accountAdmin: AccountAdminService;
  workers: WorkerService;
  imports: ImportService;
  exports: ExportService;
  backups: BackupService;
  reports: ReportService;
  /** The station's side of its hub: enrolment, push, USB bundles. */
  hubSync: HubSyncService;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  log?: Logger;
  /** Also echo log lines to stderr (the CLI's serve does). */
  logToStderr?: boolean;
  /**
   * The data-folder lock this process holds (serve, the desktop app, a CLI command that writes). Only
   * its holder applies a restore staged by the app; without it a staged restore waits for the next one.
   */
  lock?: DataLock;
  /**
   * Open beside whatever may be running (`station export`): never migrate (an older schema is refused
   * with a pointer to `station migrate`) and never apply a staged restore.
   */
  guest?: boolean;
  /**
   * The long-running hosts (serve, the desktop app): on a database large enough that the start-up quick
   * check would hold up the first answer (by default over BACKGROUND_CHECK_BYTES), answer at once and
   * run the check in the background (see IntegrityGate). Smaller ones, and short CLI commands, check first.
   */
  checkInBackground?: boolean | { aboveBytes: number };
}

/**
 * quick_check reads about 400 MB a second on a site PC's disk: below this a start waits well under a
 * second for it, and a kiosk scan sent at that moment never waits on a check still running.
 */
export const BACKGROUND_CHECK_BYTES = 128 * 1024 * 1024;

export function openCore(opts: CoreOptions): Core {
  const clock = opts.clock ?? systemClock;
  prepareDataDir(opts.dataDir);
  const log =
    opts.log ?? createLogger({ dir: join(opts.dataDir, 'logs'), stderr: opts.logToStderr, now: () => clock.now() });
  // A restore accepted by the running app is applied now, before anything holds the database open,
  // and only by the folder's lock holder: a CLI command beside a running server must not swap it.
  const pending = opts.lock && !opts.guest ? applyPendingRestore(opts.dataDir, clock.now()) : null;
  if (pending && !pending.applied) log.warn('backup.restore_dropped', { problem: pending.problem });
  const restored = pending?.applied ? pending.result : null;
  if (opts.lock && !opts.guest) {
    const removed = removeLeftovers(opts.dataDir, clock.now().getTime());
    if (removed.length) log.info('startup.leftovers_removed', { files: removed });
  }
  if (restored) log.info('backup.restored', { events: restored.events, keptAside: restored.keptAside !== null });
  const opened =
    opts.checkInBackground && !opts.guest && !restored
      ? openDatabaseCheckLater(opts.dataDir, opts.checkInBackground === true ? BACKGROUND_CHECK_BYTES : opts.checkInBackground.aboveBytes, damageReport)
      : { db: openDatabase(opts.dataDir, opts.guest ? { migrate: false, requireCurrent: true, describeDamage: damageReport } : { describeDamage: damageReport }), checkPending: false };
  const { db } = opened;
  const integrity = new IntegrityGate(db, opts.dataDir, log, opened.checkPending);
  const reader = openReader(db);
  const uploads = new UploadStore(opts.dataDir);
  const settings = new SettingsService(db, clock);
  // The restored database records its own restore; the staging was recorded in the one set aside.
  if (restored)
    appendAudit(db, { role: 'anonymous', via: 'internal' }, {
      stationId: null,
      at: clock.now(),
      action: 'restore',
      entity: 'database',
      entityId: null,
      after: { events: restored.events, workers: restored.workers, keptAside: restored.keptAside ? basename(restored.keptAside) : null },
    });
  let closed = false;
  const stationSettings = new StationSettingsService(db, clock);
  const sessions = new SessionService(db, clock);
  const workers = new WorkerService(db, clock);
  const stations = new StationService(db, clock);
  const accounts = new AccountService(db, clock);
  return {
    dataDir: opts.dataDir,
    db,
    clock,
    log,
    events: new EventBus(),
    network: networkPresence(),
    version: APP_VERSION,
    integrity,
    uploads,
    stations,
    settings,
    accounts,
    stationSettings,
    trades: new TradeService(db, clock),
    vocab: new VocabService(db, clock),
    trainers: new TrainerService(db, clock),
    sessions,
    attendance: new AttendanceService(db, clock, sessions, stationSettings),
    devices: new DeviceService(db, clock),
    accountAdmin: new AccountAdminService(db, clock, accounts),
    workers,
    imports: new ImportService(db, clock, workers),
    exports: new ExportService(db, clock),
    backups: new BackupService(db, opts.dataDir, clock, settings, log),
    reports: new ReportService(db, reader, clock, stations, stationSettings),
    hubSync: new HubSyncService(db, clock),
    close() {
      if (closed) return;
      closed = true;
      integrity.abandon();
      uploads.sweep(Infinity);
      // A database that failed its check gets no checkpoint either: nothing the app does writes to it.
      reader.close();
      if (integrity.state === 'damaged') db.close();
      else closeDatabase(db);
      log.info('core.closed');
    },
  };
}

export function coreSchemaVersion(core: Core): number {
  return schemaVersion(core.db);
}
