import { useCallback, useEffect, useState } from 'react';
import type { Trade, Trainer, Vocabulary } from '../../../shared/contract/records';
import { call, subscribe } from '../api/client';

const EMPTY_VOCAB: Vocabulary = { contentCategories: [], trainerKinds: [] };

/** The station's trades (active ones), reloaded when the catalogue changes. */
export function useTrades(stationId: string | undefined): Trade[] {
  const [trades, setTrades] = useState<Trade[]>([]);
  useEffect(() => {
    if (!stationId) return;
    let live = true;
    const load = () =>
      void call('trades.list', { stationId, planningOnly: false, includeInactive: false }).then((r) => {
        if (live && r.ok) setTrades(r.value);
      });
    load();
    const off = subscribe((e) => {
      if (e.type === 'catalogue.changed' && e.stationId === stationId) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [stationId]);
  return trades;
}

/** Content categories and trainer kinds, built-in and station-added. */
export function useVocab(stationId: string | undefined): { vocab: Vocabulary; reload(): Promise<void> } {
  const [vocab, setVocab] = useState<Vocabulary>(EMPTY_VOCAB);
  const reload = useCallback(async () => {
    if (!stationId) return;
    const r = await call('vocab.list', { stationId });
    if (r.ok) setVocab(r.value);
  }, [stationId]);
  useEffect(() => {
    void reload();
    return subscribe((e) => {
      if (e.type === 'catalogue.changed' || e.type === 'station.changed') void reload();
    });
  }, [reload]);
  return { vocab, reload };
}

/** The station's trainers (active and inactive), reloaded on change. */
export function useTrainers(stationId: string | undefined): { trainers: Trainer[]; reload(): Promise<void> } {
  const [trainers, setTrainers] = useState<Trainer[]>([]);
  const reload = useCallback(async () => {
    if (!stationId) return;
    const r = await call('trainers.list', { stationId, includeInactive: true });
    if (r.ok) setTrainers(r.value);
  }, [stationId]);
  useEffect(() => {
    void reload();
    return subscribe((e) => {
      if (e.type === 'trainers.changed') void reload();
    });
  }, [reload]);
  return { trainers, reload };
}
