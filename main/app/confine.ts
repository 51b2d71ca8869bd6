import type { Caller } from '../../shared/contract/access';
import { AppError } from '../../shared/contract/result';
import type { Core } from './core';

/**
 * The records a kiosk call may name, and how to find the station each belongs to. A worker is not among
 * them: the scan looks workers up within its session's station only, so another station's worker is
 * answered as an unknown code, which tells a tablet nothing about who exists elsewhere.
 */
const STATION_OF: Record<string, (core: Core, id: string) => string> = {
  stationId: (_core, id) => id,
  sessionId: (core, id) => core.sessions.get(id).stationId,
};

/**
 * A paired tablet serves one station: every record a call from it names (the station, a session)
 * must be of that station, else the call is refused before its handler runs. One check in
 * dispatch for every channel a kiosk may call, so a new kiosk channel is confined without asking.
 * People (trainers, admins) and the PC's own kiosk window, which has no station of its own, choose.
 */
export function confineToStation(core: Core, caller: Caller, input: unknown): void {
  if (caller.role !== 'kiosk' || caller.stationId === undefined) return;
  if (typeof input !== 'object' || input === null) return;
  for (const [key, stationOf] of Object.entries(STATION_OF)) {
    const id = (input as Record<string, unknown>)[key];
    if (typeof id === 'string' && stationOf(core, id) !== caller.stationId) throw new AppError('forbidden', 'This kiosk belongs to another station');
  }
}

/** The station a call is about: a tablet's own; a person's choice, else the first station. */
export function stationFor(core: Core, caller: Caller, asked?: string): string {
  if (caller.role === 'kiosk' && caller.stationId) return caller.stationId;
  const id = asked ?? core.stations.first()?.id;
  if (!id) throw new AppError('not_found', 'No station is set up yet', { entity: 'station' });
  return core.stations.get(id).id;
}
