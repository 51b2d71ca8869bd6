import type { Caller } from './access';

/** Live updates pushed to screens (IPC events in the desktop app, server-sent events over HTTP). */
export type StationEvent =
  | { type: 'station.changed'; stationId: string }
  | { type: 'settings.changed'; keys: string[] }
  | { type: 'setup.done'; stationId: string }
  | { type: 'trainers.changed'; stationId: string }
  | { type: 'sessions.changed'; stationId: string; sessionIds: string[] }
  | { type: 'catalogue.changed'; stationId: string }
  | { type: 'attendance.changed'; stationId: string; sessionId: string }
  /** A tablet was paired or revoked; `revokedDeviceId` names a revoked one, whose open streams end at once. */
  | { type: 'devices.changed'; stationId: string; revokedDeviceId?: string }
  /** The roster changed (one worker, or many after an import); screens showing it reload. */
  | { type: 'workers.changed'; stationId: string; workerIds?: string[] };

export type StationEventType = StationEvent['type'];

/**
 * Who may hear each event, in every host (the LAN host's event streams and the desktop app's windows):
 * `anyone` also reaches a screen not yet signed in (the sign-in page follows the station's name and
 * language), `kiosk` also reaches a paired tablet, about its own station only, `staff` only trainers and
 * admins. Events carry ids, never personal data; the audience keeps a tablet from learning of roster work.
 */
export const EVENT_AUDIENCE: Record<StationEventType, 'anyone' | 'kiosk' | 'staff'> = {
  'station.changed': 'anyone',
  'settings.changed': 'anyone',
  'setup.done': 'anyone',
  'sessions.changed': 'kiosk',
  'attendance.changed': 'kiosk',
  'trainers.changed': 'staff',
  'catalogue.changed': 'staff',
  'devices.changed': 'staff',
  'workers.changed': 'staff',
};

export function mayHear(caller: Pick<Caller, 'role' | 'stationId'>, event: StationEvent): boolean {
  const audience = EVENT_AUDIENCE[event.type];
  if (caller.role === 'trainer' || caller.role === 'admin') return true;
  if (caller.role === 'anonymous') return audience === 'anyone';
  if (audience === 'staff') return false;
  return !('stationId' in event) || caller.stationId === undefined || event.stationId === caller.stationId;
}

/** A revoked tablet's stream ends at once: the token no longer opens anything. */
export function endsStream(caller: Pick<Caller, 'deviceId'>, event: StationEvent): boolean {
  return event.type === 'devices.changed' && caller.deviceId !== undefined && event.revokedDeviceId === caller.deviceId;
}
