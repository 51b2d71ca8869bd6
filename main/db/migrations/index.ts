import type { Migration } from '../migration';
import { m001 } from './001_stations';
import { m002 } from './002_settings';
import { m003 } from './003_accounts';
import { m004 } from './004_station_profile';
import { m005 } from './005_catalogue';
import { m006 } from './006_workers';
import { m007 } from './007_trainers';
import { m008 } from './008_sessions';
import { m009 } from './009_audit';
import { m010 } from './010_worker_search';
import { m011 } from './011_attendance';
import { m012 } from './012_account_pins';
import { m013 } from './013_worker_name_chars';
import { m014 } from './014_reports';
import { m015 } from './015_report_indexes';
import { m016 } from './016_worker_numbers';
import { m017 } from './017_kiosk_door';
import { m018 } from './018_guesses';
import { m019 } from './019_audit_scrub';
import { m020 } from './020_subsidy_facts';
import { m021 } from './021_exams';
import { m022 } from './022_safety_education';
import { m023 } from './023_evidence';
import { m024 } from './024_hub_sync';

/** In order; each version exactly once. A test checks the numbering against the file names. */
export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010, m011, m012, m013, m014, m015, m016, m017, m018, m019, m020, m021, m022, m023, m024];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
