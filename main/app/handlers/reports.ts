import { deriveYears } from '../../services/reports';
import { audited } from '../audited';
import type { HandlerGroup } from '../handler';

type ReportChannel =
  | 'reports.statusTable'
  | 'reports.period'
  | 'reports.annual'
  | 'reports.signInSheet'
  | 'reports.workerRecord'
  | 'reports.subsidies'
  | 'reports.dashboard'
  | 'exports.statusTable'
  | 'exports.periodReport'
  | 'exports.signInSheet'
  | 'exports.workerRecord'
  | 'exports.subsidies'
  | 'exports.platform'
  | 'certificates.list'
  | 'certificates.add'
  | 'certificates.delete'
  | 'plans.list'
  | 'plans.set'
  | 'plans.delete'
  | 'plans.import'
  | 'plans.deriveYears'
  | 'subsidies.importReply'
  | 'subsidies.payments';

/** Reports, their exports, and the records they need beyond attendance: certificates, plans, payments. */
export const reportHandlers: HandlerGroup<ReportChannel> = {
  'reports.statusTable': (input, { core }) => core.reports.statusTable(input.stationIds),
  'reports.period': (input, { core }) => core.reports.period(input.stationId, input.kind, input.period),
  'reports.annual': (input, { core }) => core.reports.annual(input.stationId, input.year),
  'reports.signInSheet': (input, { core }) => core.reports.signInSheet(input.sessionId),
  'reports.workerRecord': (input, { core }) => core.reports.workerRecord(input.workerId),
  'reports.subsidies': (input, { core }) => core.reports.subsidies(input.stationId, input.year),
  'reports.dashboard': (input, { core }) => core.reports.dashboard(input.stationId, input.year),
  'exports.statusTable': (input, { core, caller }) => core.reports.exportStatusTable(input, caller),
  'exports.periodReport': (input, { core, caller }) => core.reports.exportPeriod(input, caller),
  'exports.signInSheet': (input, { core, caller }) => core.reports.exportSignInSheet(input, caller),
  'exports.workerRecord': (input, { core, caller }) => core.reports.exportWorkerRecord(input, caller),
  'exports.subsidies': (input, { core, caller }) => core.reports.exportSubsidies(input, caller),
  'exports.platform': (input, { core, caller }) => core.reports.exportPlatform(input, caller),
  'certificates.list': (input, { core }) => core.reports.certificates(input.workerId),
  'certificates.add': (input, { core, caller }) => core.reports.addCertificate(input.workerId, input.fields, caller),
  'certificates.delete': (input, { core, caller }) => core.reports.deleteCertificate(input.certificateId, caller),
  'plans.list': (input, { core }) => core.reports.plans(input.stationId, input.year),
  'plans.set': (input, { core, caller }) =>
    audited(core, caller, (note) => {
      const before = core.reports.planEntry(input.stationId, input.year, input);
      const after = core.reports.setPlan(input);
      note({ stationId: input.stationId, action: before ? 'update' : 'create', entity: 'plan', entityId: after.id, before: before ?? undefined, after });
      return after;
    }),
  'plans.delete': (input, { core, caller }) =>
    audited(core, caller, (note) => {
      const before = core.reports.planById(input.planId);
      const r = core.reports.deletePlan(input.planId);
      note({ stationId: before?.stationId ?? null, action: 'delete', entity: 'plan', entityId: input.planId, before: before ?? undefined });
      return r;
    }),
  'plans.deriveYears': (input, { core, caller }) =>
    audited(core, caller, (note) => {
      const r = deriveYears(core.db, input, core.clock.now());
      note({ stationId: input.stationId, action: 'create', entity: 'plan', entityId: null, after: { derivedFrom: `${input.year}-${input.yearTo}`, method: input.method, entries: r.entries } });
      return r;
    }),
  'plans.import': async (input, { core, caller }) => {
    const r = await core.reports.importPlan(input);
    if (!input.dryRun) {
      audited(core, caller, (note) =>
        note({ stationId: input.stationId, action: 'import', entity: 'plan', entityId: null, after: { fileName: input.fileName, year: input.year, result: r } }),
      );
    }
    return r;
  },
  'subsidies.importReply': (input, { core, caller }) => core.reports.importPayments(input, caller),
  'subsidies.payments': (input, { core }) => core.reports.payments(input.workerId),
};
