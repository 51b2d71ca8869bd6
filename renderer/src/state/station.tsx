import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Station } from '../../../shared/contract/types';
import { call, subscribe } from '../api/client';

const STORAGE_KEY = 'station.current';

interface StationApi {
  /** Stations in this database; a builder may run several projects' stations from one PC. */
  stations: Station[];
  /** The station the admin screens are showing; null until loaded or when there is none. */
  current: Station | null;
  select(id: string): void;
  reload(): Promise<void>;
}

const StationContext = createContext<StationApi | null>(null);

/** Which station the admin screens work on, remembered per device. Mounted inside the admin frame. */
export function StationProvider({ children }: { children: ReactNode }) {
  const [stations, setStations] = useState<Station[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(() => localStorage.getItem(STORAGE_KEY));

  const reload = useCallback(async () => {
    const r = await call('station.list', {});
    if (r.ok) setStations(r.value);
  }, []);

  useEffect(() => {
    void reload();
    return subscribe((e) => {
      if (e.type === 'station.changed') void reload();
    });
  }, [reload]);

  const select = useCallback((id: string) => {
    localStorage.setItem(STORAGE_KEY, id);
    setCurrentId(id);
  }, []);

  const current = stations.find((s) => s.id === currentId) ?? stations[0] ?? null;
  const api = useMemo(() => ({ stations, current, select, reload }), [stations, current, select, reload]);
  return <StationContext.Provider value={api}>{children}</StationContext.Provider>;
}

export function useStation(): StationApi {
  const api = useContext(StationContext);
  if (!api) throw new Error('useStation outside StationProvider');
  return api;
}
