import type { AdminRoute, PageEntry } from './types';

/** The station-records pages (station, workers, trainers, sessions): menu entries and routes. */
export const recordPages: PageEntry[] = [];
export const recordRoutes: AdminRoute[] = [];
