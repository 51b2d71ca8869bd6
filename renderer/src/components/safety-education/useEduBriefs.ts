import { useEffect, useState } from 'react';
import type { EduBrief } from '../../../../shared/contract/safety-education-types';
import { call, subscribe } from '../../api/client';

/** The 三级安全教育 state of the workers on screen, reloaded when attendance or sessions change. */
export function useEduBriefs(stationId: string | undefined, workerIds: readonly string[]): Map<string, EduBrief> {
  const [briefs, setBriefs] = useState<Map<string, EduBrief>>(new Map());
  const [tick, setTick] = useState(0);
  const key = workerIds.join(',');
  useEffect(() => {
    if (!stationId) return;
    return subscribe((e) => {
      if ((e.type === 'attendance.changed' || e.type === 'sessions.changed' || e.type === 'station.changed') && e.stationId === stationId) setTick((n) => n + 1);
    });
  }, [stationId]);
  useEffect(() => {
    if (!stationId || workerIds.length === 0) {
      setBriefs(new Map());
      return;
    }
    let live = true;
    void call('safetyEducation.briefs', { stationId, workerIds: [...workerIds].slice(0, 500) }).then((r) => {
      if (live && r.ok) setBriefs(new Map(r.value.map((b) => [b.workerId, b])));
    });
    return () => {
      live = false;
    };
    // `key` stands for the ids: a new array each render must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stationId, key, tick]);
  return briefs;
}
