import { useEffect, useState } from 'react';
import { call } from '../api/client';

/**
 * Whether the station has neither workers nor sessions yet (the getting-started guide is for that
 * case only); null while asking, and false if the question fails, so a hiccup hides the guide.
 */
export function useIsNewStation(stationId: string | undefined): boolean | null {
  const [isNew, setIsNew] = useState<boolean | null>(null);
  useEffect(() => {
    if (!stationId) return;
    let live = true;
    void Promise.all([
      call('workers.search', { stationId, limit: 1 }),
      call('sessions.list', { stationId, limit: 1 }),
    ]).then(([workers, sessions]) => {
      if (!live) return;
      setIsNew(workers.ok && sessions.ok && workers.value.total === 0 && sessions.value.total === 0);
    });
    return () => {
      live = false;
    };
  }, [stationId]);
  return isNew;
}
