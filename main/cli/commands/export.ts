import { writeFileSync } from 'node:fs';
import type { ChannelName } from '../../../shared/contract/channels';
import type { ExportFile } from '../../../shared/contract/records';
import { openCore, type Core } from '../../app/core';
import { dispatch } from '../../app/dispatch';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { describeFailure } from '../failure';
import { CLI_ADMIN, stationFor } from './import';
import { exportHubBundle } from './hub-station';

type Values = Record<string, string | boolean | undefined>;
type Format = 'xlsx' | 'csv';

interface What {
  usage: string;
  /** Formats the export can write; the --out extension picks one. */
  formats: Format[];
  /** The channel and its input, from the options; throws UsageError on a missing or malformed one. */
  call(v: Values, core: Core, format: Format): { channel: ChannelName; input: Record<string, unknown> };
}

const need = (v: Values, name: string, re: RegExp, shape: string): string => {
  const s = v[name];
  if (typeof s !== 'string' || !re.test(s)) throw new UsageError(`--${name} ${shape} is required`);
  return s;
};
const full = (v: Values) => v['full-ids'] === true;

/** Each `station export <what>`: the channel it calls and the options it takes. */
const WHATS: Record<string, What> = {
  workers: {
    usage: 'workers --out FILE.xlsx|.csv [--full-ids] [--station ID]',
    formats: ['xlsx', 'csv'],
    call: (v, core, format) => ({ channel: 'exports.workers', input: { stationId: stationFor(core, v.station), format, fullIdNumbers: full(v) } }),
  },
  'status-table': {
    usage: 'status-table --out FILE.xlsx|.csv [--station ID]   (all stations unless --station)',
    formats: ['xlsx', 'csv'],
    call: (v, core, format) => ({ channel: 'exports.statusTable', input: { stationIds: v.station ? [stationFor(core, v.station)] : undefined, format } }),
  },
  monthly: {
    usage: 'monthly --month YYYY-MM --out FILE.xlsx [--station ID]',
    formats: ['xlsx'],
    call: (v, core) => ({ channel: 'exports.periodReport', input: { stationId: stationFor(core, v.station), kind: 'month', period: need(v, 'month', /^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM') } }),
  },
  quarterly: {
    usage: 'quarterly --quarter YYYY-Qn --out FILE.xlsx [--station ID]',
    formats: ['xlsx'],
    call: (v, core) => ({ channel: 'exports.periodReport', input: { stationId: stationFor(core, v.station), kind: 'quarter', period: need(v, 'quarter', /^\d{4}-Q[1-4]$/, 'YYYY-Qn') } }),
  },
  annual: {
    usage: 'annual --year YYYY --out FILE.xlsx [--station ID]',
    formats: ['xlsx'],
    call: (v, core) => ({ channel: 'exports.periodReport', input: { stationId: stationFor(core, v.station), kind: 'year', period: need(v, 'year', /^\d{4}$/, 'YYYY') } }),
  },
  'sign-in-sheet': {
    usage: 'sign-in-sheet --session ID --out FILE.xlsx|.csv [--full-ids]',
    formats: ['xlsx', 'csv'],
    call: (v, _core, format) => ({ channel: 'exports.signInSheet', input: { sessionId: need(v, 'session', /^\S+$/, 'ID'), format, fullIdNumbers: full(v) } }),
  },
  'worker-record': {
    usage: 'worker-record --worker ID --out FILE.xlsx|.csv [--full-ids]',
    formats: ['xlsx', 'csv'],
    call: (v, _core, format) => ({ channel: 'exports.workerRecord', input: { workerId: need(v, 'worker', /^\S+$/, 'ID'), format, fullIdNumbers: full(v) } }),
  },
  subsidies: {
    usage: 'subsidies --year YYYY --out FILE.xlsx|.csv [--full-ids] [--station ID]',
    formats: ['xlsx', 'csv'],
    call: (v, core, format) => ({
      channel: 'exports.subsidies',
      input: { stationId: stationFor(core, v.station), year: Number(need(v, 'year', /^\d{4}$/, 'YYYY')), format, fullIdNumbers: full(v) },
    }),
  },
  platform: {
    usage: 'platform --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xlsx|.csv [--default-type 003001-003004] [--full-ids] [--station ID]',
    formats: ['xlsx', 'csv'],
    call: (v, core, format) => ({
      channel: 'exports.platform',
      input: {
        stationId: stationFor(core, v.station),
        from: need(v, 'from', /^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
        to: need(v, 'to', /^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
        format,
        fullIdNumbers: full(v),
        // The platform requires a type code: sessions without one take this, or the export is refused.
        ...(v['default-type'] === undefined ? {} : { defaultNationalType: need(v, 'default-type', /^00300[1-4]$/, '003001-003004') }),
      },
    }),
  },
};

export const EXPORT_USAGE = 'Usage: station export ' + [...Object.values(WHATS).map((w) => w.usage), 'hub-bundle --out FILE.json   (the changes for the hub, signed, for a USB stick)'].join('\n       station export ');

/** `station export <what> --out FILE ...`: a roster, form or report as .xlsx or .csv (by the file's extension). */
export async function exportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    'full-ids': { type: 'boolean' },
    station: { type: 'string' },
    month: { type: 'string' },
    quarter: { type: 'string' },
    year: { type: 'string' },
    session: { type: 'string' },
    worker: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'default-type': { type: 'string' },
  });
  const [name, ...rest] = positionals;
  const out = values.out;
  if (name === 'hub-bundle' && out && !rest.length) return exportHubBundle(dataDirFrom(values.data), out, ctx);
  const what = name ? WHATS[name] : undefined;
  if (!what || rest.length || !out) throw new UsageError(EXPORT_USAGE);
  const format = /\.csv$/i.test(out) ? 'csv' : /\.xlsx$/i.test(out) ? 'xlsx' : null;
  if (!format || !what.formats.includes(format)) throw new UsageError(`--out must name a ${what.formats.map((f) => '.' + f).join(' or ')} file.`);
  // A guest beside a running app: it never migrates or applies a staged restore, and writes only the
  // audit row that records an export of personal data.
  const core = openCore({ dataDir: dataDirFrom(values.data), guest: true });
  try {
    const { channel, input } = what.call(values, core, format);
    const r = await dispatch(core, CLI_ADMIN, channel, input);
    if (!r.ok) {
      const untyped = r.error.details?.reason === 'platform_untyped' ? ` (${String(r.error.details.n)} sessions; give them a type, or pass --default-type 003001-003004)` : '';
      ctx.err(`station export: ${describeFailure(r.error)}${untyped}`);
      return 1;
    }
    const file = r.value as ExportFile;
    try {
      writeFileSync(out, Buffer.from(file.base64, 'base64'));
    } catch (err) {
      ctx.err(`station export: cannot write ${out} (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
      return 1;
    }
    const ids = values['full-ids'] ? ' with full ID numbers (recorded in the audit log)' : ' with ID numbers masked';
    ctx.out(name === 'workers' ? `Roster written to ${out}${ids}.` : `${file.fileName.replace(/_.*$/, '')} written to ${out}.`);
    return 0;
  } finally {
    core.close();
  }
}
