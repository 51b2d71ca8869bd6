import { writeFileSync } from 'node:fs';
import type { ExportFile } from '../../../shared/contract/records';
import { openCore } from '../../app/core';
import { dispatch } from '../../app/dispatch';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { describeFailure } from '../failure';
import { CLI_ADMIN, stationFor } from './import';

/** `station export workers --out FILE [--full-ids]`: the roster as .xlsx or .csv (by the file's extension). */
export async function exportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: 'string' }, 'full-ids': { type: 'boolean' }, station: { type: 'string' } });
  const [what, ...rest] = positionals;
  const out = values.out;
  if (what !== 'workers' || rest.length || !out) throw new UsageError('Usage: station export workers --out FILE.xlsx|FILE.csv [--full-ids] [--station ID]');
  const format = /\.csv$/i.test(out) ? 'csv' : /\.xlsx$/i.test(out) ? 'xlsx' : null;
  if (!format) throw new UsageError('--out must name a .xlsx or .csv file.');
  const core = openCore({ dataDir: dataDirFrom(values.data) });
  try {
    const stationId = stationFor(core, values.station);
    const r = await dispatch(core, CLI_ADMIN, 'exports.workers', { stationId, format, fullIdNumbers: values['full-ids'] === true });
    if (!r.ok) {
      ctx.err(`station export: ${describeFailure(r.error)}`);
      return 1;
    }
    const file = r.value as ExportFile;
    try {
      writeFileSync(out, Buffer.from(file.base64, 'base64'));
    } catch (err) {
      ctx.err(`station export: cannot write ${out} (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
      return 1;
    }
    ctx.out(`Roster written to ${out}${values['full-ids'] ? ' with full ID numbers (recorded in the audit log)' : ' with ID numbers masked'}.`);
    return 0;
  } finally {
    core.close();
  }
}
