import { useCallback, useEffect, useState } from 'react';
import type { ScanAnswer } from '../../../shared/contract/attendance-types';
import { call } from '../api/client';
import { isNetworkFailure } from '../api/errors';
import { deliveryOf, queuedInput, ScanQueue, type Delivery, type FlushReport, type QueuedScan } from './queue';

/** How often kept scans are tried again while any wait. */
export const RETRY_MS = 4000;

const memory = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

/** The tablet's one queue (localStorage: it survives a reload, a crash and a power cut of the tablet). */
export const scanQueue = new ScanQueue<ScanAnswer>(typeof window === 'undefined' ? memory : window.localStorage);

/** Delivers one kept scan with the tablet's clock now, telling the queue what became of it. */
export async function deliver(scan: QueuedScan, clientNow: string): Promise<Delivery<ScanAnswer>> {
  return deliveryOf(await call('kiosk.scan', queuedInput(scan, clientNow)), isNetworkFailure);
}

export interface KioskQueue {
  /** Scans waiting to be sent; shown on screen while above zero. */
  pending: number;
  /** Sends what waits now (oldest first); the report says what became of each. */
  flush(): Promise<FlushReport<ScanAnswer> | null>;
  /** Keeps a scan the station could not answer now. */
  keep(scan: QueuedScan): void;
}

/** The queue as the kiosk screen uses it: retried every few seconds and when the network comes back. */
export function useKioskQueue(onDelivered: (answer: ScanAnswer) => void): KioskQueue {
  const [pending, setPending] = useState(() => scanQueue.size);

  const flush = useCallback(async () => {
    if (scanQueue.size === 0) {
      setPending(0);
      return null;
    }
    const report = await scanQueue.flush(deliver);
    setPending(report.remaining);
    const last = report.delivered.at(-1);
    if (last) onDelivered(last.answer);
    return report;
  }, [onDelivered]);

  const keep = useCallback((scan: QueuedScan) => {
    scanQueue.add(scan);
    setPending(scanQueue.size);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    void flush();
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [flush]);

  return { pending, flush, keep };
}
