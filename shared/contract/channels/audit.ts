import { z } from 'zod';
import { channel } from '../define';
import { empty, isoDate, pageInput, text } from '../schemas';
import type { AuditFacets, AuditRow } from '../audit-types';
import type { ExportFile, Page } from '../records';

/** Action and entity names as the services write them: lower-case words joined by _ or . */
const code = z.string().regex(/^[a-z][a-z0-9_.]{0,59}$/, { message: 'not a code' });
const actorId = z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, { message: 'not a record id' });

/** The audit log's filters; dates are station dates (China time), both ends included. */
const filterShape = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  entity: code.optional(),
  action: code.optional(),
  accountId: actorId.optional(),
  deviceId: actorId.optional(),
  /** Part of a record id, or text inside the before/after snapshots (a name, a team). */
  q: text(100).optional(),
};

const datesInOrder = (v: { from?: string; to?: string }) => v.from === undefined || v.to === undefined || v.from <= v.to;
const orderIssue = { message: 'from is after to', path: ['to'] };

export const auditFilters = z.object(filterShape).strict().refine(datesInOrder, orderIssue);
export type AuditFilters = z.output<typeof auditFilters>;

/**
 * Reading the audit log (admin only). There is deliberately no channel that edits it: the table's
 * triggers refuse UPDATE and DELETE, and the app offers no way to try.
 */
export const auditChannels = {
  'audit.list': channel<Page<AuditRow>>()({
    access: 'admin',
    input: z.object({ ...filterShape, ...pageInput }).strict().refine(datesInOrder, orderIssue),
  }),
  'audit.facets': channel<AuditFacets>()({ access: 'admin', input: empty }),
  /** The filtered log as .xlsx; the export is itself recorded in the log (it holds names). */
  'audit.export': channel<ExportFile>()({ access: 'admin', mutates: true, input: auditFilters }),
} as const;
