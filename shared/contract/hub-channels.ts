import { z } from 'zod';

/**
 * The hub's channels: the same pattern as the station's contract (name, input schema, who may call),
 * served by the hub host's own dispatch. `viewer` channels answer within the caller's stations.
 */
export type HubAccess = 'anonymous' | 'viewer' | 'admin';

const stationFilter = z
  .object({
    stationIds: z.array(z.string().min(1).max(100)).max(1000).optional(),
    enterprise: z.string().max(200).optional(),
    city: z.string().max(100).optional(),
    district: z.string().max(100).optional(),
    township: z.string().max(100).optional(),
  })
  .strict();

export const HUB_CHANNELS = {
  'hub.signIn': { access: 'anonymous', input: z.object({ username: z.string().min(1).max(50), password: z.string().min(1).max(200) }).strict() },
  'hub.me': { access: 'viewer', input: z.object({}).strict() },
  'hub.stations': { access: 'viewer', input: z.object({ filter: stationFilter.optional() }).strict() },
  'hub.statusTable': { access: 'viewer', input: z.object({ filter: stationFilter.optional() }).strict() },
  'hub.statusTable.export': { access: 'viewer', input: z.object({ format: z.enum(['xlsx', 'csv']), filter: stationFilter.optional() }).strict() },
  'hub.periodReport': {
    access: 'viewer',
    input: z.object({ kind: z.enum(['month', 'quarter', 'year']), period: z.string().regex(/^\d{4}(-\d{2}|-Q[1-4])?$/), filter: stationFilter.optional() }).strict(),
  },
  'hub.station.sessions': {
    access: 'viewer',
    input: z.object({ stationId: z.string().min(1).max(100), from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
  },
  'hub.enrolmentCode.create': { access: 'admin', input: z.object({ label: z.string().max(200).default(''), hours: z.number().int().min(1).max(720).default(72) }).strict() },
  'hub.accounts.create': {
    access: 'admin',
    input: z.object({ username: z.string().min(1).max(50), password: z.string().min(8).max(200), role: z.enum(['admin', 'viewer']), stations: z.array(z.string().min(1).max(100)).max(1000).optional() }).strict(),
  },
  'hub.enrolmentCodes': { access: 'admin', input: z.object({}).strict() },
  'hub.accounts': { access: 'admin', input: z.object({}).strict() },
  'hub.bundle.import': { access: 'admin', input: z.object({ bundle: z.string().min(2).max(512 * 1024 * 1024) }).strict() },
  'hub.station.retire': { access: 'admin', input: z.object({ nodeId: z.string().min(1).max(100) }).strict() },
  'hub.station.reset': { access: 'admin', input: z.object({ nodeId: z.string().min(1).max(100) }).strict() },
  'hub.plans.set': {
    access: 'admin',
    input: z
      .object({
        stationId: z.string().min(1).max(100),
        year: z.number().int().min(2000).max(2100),
        scopeKind: z.enum(['station', 'township', 'team']).default('station'),
        scope: z.string().max(100).default(''),
        tradeName: z.string().max(100).default(''),
        target: z.number().int().min(0).max(10_000_000),
      })
      .strict(),
  },
  'hub.plans.list': { access: 'viewer', input: z.object({ year: z.number().int().min(2000).max(2100) }).strict() },
  'hub.plans.progress': { access: 'viewer', input: z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), stationIds: z.array(z.string().min(1).max(100)).max(1000).optional() }).strict() },
  'hub.filer.set': {
    access: 'admin',
    input: z
      .object({
        unit: z.string().max(200),
        adminLevel: z.enum(['city', 'prefecture', 'county', 'district', 'company']).nullable(),
        contactName: z.string().max(50),
        fixedPhone: z.string().max(30),
        mobile: z.string().max(30),
      })
      .strict(),
  },
} as const satisfies Record<string, { access: HubAccess; input: z.ZodType }>;

export type HubChannelName = keyof typeof HUB_CHANNELS;
export type HubChannelInput<N extends HubChannelName> = z.infer<(typeof HUB_CHANNELS)[N]['input']>;
