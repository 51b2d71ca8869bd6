import { useEffect, useMemo, useState } from 'react';
import type { HubStationView } from '../../../shared/contract/hub-views';
import { hubCall } from './api';
import type { StationFilterValue } from './StationFilters';

/**
 * The caller's stations (the filter's choices) and the filter chosen, as the channels take it: absent
 * when nothing is chosen, so the unfiltered answer is the one every screen shares.
 */
export function useStationFilter() {
  const [stations, setStations] = useState<HubStationView[]>([]);
  const [filter, setFilter] = useState<StationFilterValue>({});
  const [version, setVersion] = useState(0);
  useEffect(() => void hubCall<HubStationView[]>('hub.stations', {}).then((r) => r.ok && setStations(r.value)), [version]);
  const arg = useMemo(() => {
    const chosen = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
    return Object.keys(chosen).length ? { filter: chosen } : {};
  }, [filter]);
  return { stations, filter, setFilter, arg, reload: () => setVersion((v) => v + 1) };
}
