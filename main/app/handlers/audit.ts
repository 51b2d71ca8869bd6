import { AuditLog } from '../../services/audit';
import type { HandlerGroup } from '../handler';

/** The admin's view of the audit log. Read and export only: nothing here writes to it but the export's own row. */
export const auditHandlers: HandlerGroup<'audit.list' | 'audit.facets' | 'audit.export'> = {
  'audit.list': (input, { core }) => new AuditLog(core.db, core.clock).list(input),
  'audit.facets': (_input, { core }) => new AuditLog(core.db, core.clock).facets(),
  'audit.export': (input, { core, caller }) => new AuditLog(core.db, core.clock).export(input, caller),
};
