import type { HandlerTable } from './handler';
import { appHandlers } from './handlers/app';
import { authHandlers } from './handlers/auth';
import { stationHandlers } from './handlers/station';
import { workerHandlers } from './handlers/workers';

/** The one table both transports (IPC and HTTP) and the CLI dispatch through. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...authHandlers,
  ...stationHandlers,
  ...workerHandlers,
};
