import type { FiveHavesItem } from '../../shared/contract/records';
import { MIN_STATION_AREA_M2 } from '../../shared/domain/vocab';

/** What the five haves read of a station, from whichever store holds it (SQLite at the station, the hub's copy). */
export interface FiveHavesFacts {
  areaM2: number | null;
  address: string;
  equipment: readonly unknown[];
  content: readonly unknown[];
  funding: readonly unknown[];
  activeTrainers: number;
}

/** Seed 004's "five haves", each with the reasons it is or is not met: one rule for the station and the hub. */
export function fiveHavesOf(p: FiveHavesFacts): FiveHavesItem[] {
  const venueReasons: FiveHavesItem['reasons'] = [];
  if (p.areaM2 === null) venueReasons.push({ key: 'fiveHaves.venue.noArea' });
  else if (p.areaM2 < MIN_STATION_AREA_M2) venueReasons.push({ key: 'fiveHaves.venue.small', params: { area: p.areaM2, min: MIN_STATION_AREA_M2 } });
  if (!p.address) venueReasons.push({ key: 'fiveHaves.venue.noAddress' });
  const trainers = p.activeTrainers;
  return [
    {
      key: 'venue',
      met: venueReasons.length === 0,
      reasons: venueReasons.length ? venueReasons : [{ key: 'fiveHaves.venue.ok', params: { area: p.areaM2 ?? 0 } }],
    },
    {
      key: 'equipment',
      met: p.equipment.length > 0,
      reasons: [p.equipment.length ? { key: 'fiveHaves.equipment.ok', params: { n: p.equipment.length } } : { key: 'fiveHaves.equipment.none' }],
    },
    {
      key: 'content',
      met: p.content.length > 0,
      reasons: [p.content.length ? { key: 'fiveHaves.content.ok', params: { n: p.content.length } } : { key: 'fiveHaves.content.none' }],
    },
    {
      key: 'trainers',
      met: trainers > 0,
      reasons: [trainers ? { key: 'fiveHaves.trainers.ok', params: { n: trainers } } : { key: 'fiveHaves.trainers.none' }],
    },
    {
      key: 'funding',
      met: p.funding.length > 0,
      reasons: [p.funding.length ? { key: 'fiveHaves.funding.ok', params: { n: p.funding.length } } : { key: 'fiveHaves.funding.none' }],
    },
  ];
}
