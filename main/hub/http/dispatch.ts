import { HUB_CHANNELS, type HubChannelName } from '../../../shared/contract/hub-channels';
import { AppError, fail, ok, type Result } from '../../../shared/contract/result';
import { statusTableCsv, statusTableXlsx } from '../../services/reports';
import type { HubCore } from '../core';
import { createHubAccount, listHubAccounts, signIn, type HubCaller } from '../services/accounts';
import { stationSessions } from '../services/drill-down';
import { createEnrolmentCode, listEnrolmentCodes, resetStation, retireStation } from '../services/enrolment';
import { HubError } from '../services/errors';
import { applyBatch } from '../services/ingest';
import { hubPeriodReportAcross, hubStatusTable, listStations, setHubFiler } from '../services/views';
import { hubPlanProgress, listHubPlans, setHubPlan } from '../services/plans';

/** Where a call came from: the client's address, for counting password guesses. */
export interface HubRequestFrom {
  address: string;
}

type Handler = (core: HubCore, caller: HubCaller, input: never, from: HubRequestFrom) => Promise<unknown>;

const actor = (c: HubCaller) => (c.role === 'anonymous' ? 'anonymous' : c.username);

const HANDLERS: { [N in HubChannelName]: (core: HubCore, caller: HubCaller, input: import('../../../shared/contract/hub-channels').HubChannelInput<N>, from: HubRequestFrom) => Promise<unknown> } = {
  'hub.signIn': (core, _c, i, from) => guardedSignIn(core, i.username, i.password, from),
  'hub.me': async (_core, c) => c,
  'hub.stations': (core, c, i) => listStations(core.pool, c, i.filter),
  'hub.statusTable': (core, c, i) => hubStatusTable(core.pool, c, i.filter),
  'hub.statusTable.export': async (core, c, i) => {
    const t = await hubStatusTable(core.pool, c, i.filter);
    const bytes = i.format === 'csv' ? statusTableCsv(t) : await statusTableXlsx(t);
    return { fileName: `提升站建设初步情况表.${i.format}`, base64: bytes.toString('base64') };
  },
  'hub.periodReport': (core, c, i) => hubPeriodReportAcross(core.pool, c, i.kind, i.period, i.filter),
  'hub.station.sessions': (core, c, i) => stationSessions(core.pool, c, i.stationId, i.from, i.to),
  'hub.enrolmentCode.create': (core, c, i) => createEnrolmentCode(core.pool, actor(c), i.label, i.hours),
  'hub.accounts.create': async (core, c, i) => ({ id: await createHubAccount(core.pool, actor(c), i) }),
  'hub.enrolmentCodes': (core) => listEnrolmentCodes(core.pool),
  'hub.accounts': (core) => listHubAccounts(core.pool),
  'hub.bundle.import': (core, _c, i) => applyBatch(core.pool, i.bundle, 'bundle', core.vault),
  'hub.station.retire': async (core, c, i) => retireStation(core.pool, actor(c), i.nodeId),
  'hub.station.reset': async (core, c, i) => resetStation(core.pool, actor(c), i.nodeId),
  'hub.filer.set': async (core, _c, i) => setHubFiler(core.pool, i),
  'hub.plans.set': (core, c, i) => setHubPlan(core.pool, c, i),
  'hub.plans.list': (core, c, i) => listHubPlans(core.pool, c, i.year),
  'hub.plans.progress': (core, c, i) => hubPlanProgress(core.pool, c, i.month, i.stationIds),
};

async function guardedSignIn(core: HubCore, username: string, password: string, from: HubRequestFrom) {
  const turn = core.signInGuard.reserve(username, from.address);
  if (!turn.ok) {
    throw new AppError('rate_limited', `Too many wrong passwords for this name or from this address: try again in ${turn.retryAfterSeconds} s`, { retryAfterSeconds: turn.retryAfterSeconds });
  }
  try {
    const session = await signIn(core.pool, username, password);
    turn.settle(true);
    return session;
  } catch (e) {
    turn.settle(false);
    throw e;
  }
}

/** One dispatch for the hub's channels: look up, check access, parse, call; no exception crosses the wire. */
export async function hubDispatch(core: HubCore, caller: HubCaller, name: string, input: unknown, from: HubRequestFrom = { address: 'internal' }): Promise<Result<unknown>> {
  const def = (HUB_CHANNELS as Record<string, (typeof HUB_CHANNELS)[HubChannelName]>)[name];
  if (!def) return fail('unknown_channel', `No hub channel ${name}`);
  if (def.access !== 'anonymous' && caller.role === 'anonymous') return fail('unauthenticated', 'Sign in to the hub first');
  if (def.access === 'admin' && caller.role !== 'hub_admin') return fail('forbidden', 'Only the hub admin may do this');
  const parsed = def.input.safeParse(input ?? {});
  if (!parsed.success) return fail('invalid_input', 'Bad input', { fields: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  try {
    return ok(await (HANDLERS[name as HubChannelName] as Handler)(core, caller, parsed.data as never, from));
  } catch (e) {
    return errorResult(e);
  }
}

export function errorResult(e: unknown): Result<never> {
  if (e instanceof AppError) return fail(e.code, e.message, e.details);
  if (e instanceof HubError) return fail(e.code, e.message, e.details);
  return fail('internal', 'The hub failed; see its log');
}
