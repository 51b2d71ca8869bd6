import type { Caller } from '../../../shared/contract/access';
import { AppError } from '../../../shared/contract/result';
import { verifyChain } from '../../services/attendance/verify';
import type { Core } from '../core';
import type { HandlerGroup } from '../handler';

/** A kiosk device is confined to its own station; people choose, defaulting to the first station. */
function stationFor(core: Core, caller: Caller, asked?: string): string {
  if (caller.role === 'kiosk' && caller.stationId) {
    if (asked && asked !== caller.stationId) throw new AppError('forbidden', 'This kiosk belongs to another station');
    return caller.stationId;
  }
  const id = asked ?? core.stations.first()?.id;
  if (!id) throw new AppError('not_found', 'No station is set up yet', { entity: 'station' });
  return core.stations.get(id).id;
}

export const attendanceHandlers: HandlerGroup<
  'kiosk.state' | 'kiosk.scan' | 'attendance.live' | 'attendance.correct' | 'attendance.verify' | 'devices.startPairing' | 'devices.pair' | 'devices.list' | 'devices.revoke'
> = {
  'kiosk.state': (input, { core, caller }) => {
    const stationId = stationFor(core, caller, input.stationId);
    return core.attendance.kioskState(stationId, core.stations.get(stationId).name, input.sessionId);
  },
  'kiosk.scan': (input, { core, caller }) => {
    const session = core.sessions.get(input.sessionId);
    stationFor(core, caller, session.stationId);
    const answer = core.attendance.scan(input, caller);
    if (answer.at && !answer.repeat) core.events.emit({ type: 'attendance.changed', stationId: session.stationId, sessionId: session.id });
    return answer;
  },
  'attendance.live': (input, { core }) => core.attendance.live(input.sessionId),
  'attendance.correct': (input, { core, caller }) => {
    const row = core.attendance.correct(input, caller);
    const session = core.sessions.get(input.sessionId);
    core.events.emit({ type: 'attendance.changed', stationId: session.stationId, sessionId: session.id });
    return row;
  },
  'attendance.verify': (_input, { core }) => verifyChain(core.db),
  'devices.startPairing': (input, { core, caller }) => {
    core.stations.get(input.stationId);
    return core.devices.startPairing(input.stationId, caller.accountId);
  },
  'devices.pair': (input, { core }) => {
    const paired = core.devices.pair(input.code, input.name);
    core.log.info('device.paired', { deviceId: paired.deviceId });
    core.events.emit({ type: 'devices.changed', stationId: paired.stationId });
    return paired;
  },
  'devices.list': (input, { core }) => core.devices.list(input.stationId),
  'devices.revoke': (input, { core }) => {
    const device = core.devices.revoke(input.deviceId);
    core.events.emit({ type: 'devices.changed', stationId: core.devices.stationOf(device.id) });
    return device;
  },
};
