import type { ReactElement, ReactNode } from 'react';

/** An admin page's menu entry; `labelKey` is an i18n key (the i18n test looks for `…Key` properties). */
export interface PageEntry {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** Shown in the menu to admins only (the channels behind the page refuse trainers anyway). */
  adminOnly?: boolean;
}

/** A route under the admin frame, relative to it ('workers', 'workers/:id'). */
export interface AdminRoute {
  path: string;
  element: ReactElement;
}
