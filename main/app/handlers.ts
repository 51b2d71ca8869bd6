import type { HandlerTable } from './handler';
import { appHandlers } from './handlers/app';
import { attendanceHandlers } from './handlers/attendance';
import { auditHandlers } from './handlers/audit';
import { authHandlers } from './handlers/auth';
import { catalogueHandlers } from './handlers/catalogue';
import { examHandlers } from './handlers/exams';
import { lockHandlers } from './handlers/lock';
import { networkHandlers } from './handlers/network';
import { reportHandlers } from './handlers/reports';
import { safetyEducationHandlers } from './handlers/safety-education';
import { evidenceHandlers } from './handlers/evidence';
import { sessionHandlers } from './handlers/sessions';
import { stationHandlers } from './handlers/station';
import { trainerHandlers } from './handlers/trainers';
import { trustHandlers } from './handlers/trust';
import { workerHandlers } from './handlers/workers';
import { hubSyncHandlers } from './handlers/hub-sync';

/** The one table both transports (IPC and HTTP) and the CLI dispatch through. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...authHandlers,
  ...stationHandlers,
  ...catalogueHandlers,
  ...trainerHandlers,
  ...sessionHandlers,
  ...attendanceHandlers,
  ...networkHandlers,
  ...workerHandlers,
  ...trustHandlers,
  ...auditHandlers,
  ...lockHandlers,
  ...reportHandlers,
  ...examHandlers,
  ...hubSyncHandlers,
  ...safetyEducationHandlers,
  ...evidenceHandlers,
};
