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
