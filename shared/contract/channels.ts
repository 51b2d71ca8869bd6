import { attendanceChannels } from './channels/attendance';
import { auditChannels } from './channels/audit';
import { coreChannels } from './channels/core';
import { examChannels } from './channels/exams';
import { lockChannels } from './channels/lock';
import { workerChannels } from './channels/people';
import { reportChannels } from './channels/reports';
import { safetyEducationChannels } from './channels/safety-education';
import { evidenceChannels } from './channels/evidence';
import { sessionChannels } from './channels/sessions';
import { stationChannels } from './channels/stations';
import { trustChannels } from './channels/trust';
import { hubSyncChannels } from './channels/hub-sync';

/**
 * The contract: every action the core offers, its input schema, who may call it and what it returns.
 * One name per action, grouped by domain (`domain.action`), one file per group under channels/.
 */
export const channels = {
  ...coreChannels,
  ...stationChannels,
  ...workerChannels,
  ...sessionChannels,
  ...attendanceChannels,
  ...trustChannels,
  ...auditChannels,
  ...lockChannels,
  ...reportChannels,
  ...examChannels,
  ...hubSyncChannels,
  ...safetyEducationChannels,
  ...evidenceChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
