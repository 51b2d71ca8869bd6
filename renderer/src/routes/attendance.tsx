import type { AdminRoute, PageEntry } from './types';

/** The attendance pages (live view, devices): menu entries and routes. */
export const attendancePages: PageEntry[] = [];
export const attendanceRoutes: AdminRoute[] = [];
