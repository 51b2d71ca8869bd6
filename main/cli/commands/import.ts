import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Caller } from '../../../shared/contract/access';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/channels/people';
import type { ImportIssue, ImportPreview, ImportResult } from '../../../shared/contract/records';
import { translate } from '../../../shared/i18n/resources';
import type { Core } from '../../app/core';
import { withLockedCore } from '../locked-core';
import { dispatch } from '../../app/dispatch';
import { dataDirFrom, parse, UsageError } from '../args';
import type { CliContext } from '../context';
import { describeFailure } from '../failure';

export const CLI_ADMIN: Caller = { role: 'admin', via: 'cli' };

export function stationFor(core: Core, wanted: unknown): string {
  if (typeof wanted === 'string' && wanted) {
    if (!core.stations.list().some((s) => s.id === wanted)) throw new UsageError(`No station with the id ${wanted}.`, 1);
    return wanted;
  }
  const first = core.stations.first();
  if (!first) throw new UsageError('This data folder has no station yet; run "station init" first.', 1);
  return first.id;
}

const describeIssue = (i: ImportIssue) =>
  `${i.row ? `row ${i.row}` : 'file'}${i.column ? `, ${i.column}` : ''}: ${translate('en', i.reason, i.params)}`;

/** `station import workers FILE [--dry-run]`: the preview report, then (unless a dry run) the commit. */
export async function importCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(argv, { 'dry-run': { type: 'boolean' }, station: { type: 'string' } });
  const [what, file, ...rest] = positionals;
  if (what !== 'workers' || !file || rest.length) throw new UsageError('Usage: station import workers FILE [--dry-run] [--station ID]');
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_IMPORT_BYTES) {
      ctx.err(`station import: ${translate('en', 'import.too_large', { maxMb: MAX_IMPORT_BYTES / 1024 / 1024 })}`);
      return 1;
    }
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`Cannot read ${file}.`, 1);
  }
  return withLockedCore(dataDirFrom(values.data), 'station import', async (core) => {
    const stationId = stationFor(core, values.station);
    const pr = await dispatch(core, CLI_ADMIN, 'imports.workersPreview', { stationId, fileName: basename(file), base64: bytes.toString('base64') });
    if (!pr.ok) {
      const reason = pr.error.details?.reason;
      const params = pr.error.details?.params as Record<string, string | number> | undefined;
      ctx.err(`station import: ${typeof reason === 'string' ? translate('en', reason, params ?? {}) : describeFailure(pr.error)}`);
      return 1;
    }
    const p = pr.value as ImportPreview;
    ctx.out(`${p.fileName}${p.sheet ? `, sheet "${p.sheet}"` : ''}, header on row ${p.headerRow}`);
    ctx.out(`rows: ${p.counts.rows}  add: ${p.counts.add}  update: ${p.counts.update}  unchanged: ${p.counts.unchanged}  refused: ${p.counts.refused}`);
    for (const n of p.notes) ctx.out(`note: ${describeIssue(n)}`);
    for (const i of p.refused) ctx.out(`refused ${describeIssue(i)}`);
    if (values['dry-run']) {
      ctx.out('Dry run: nothing was written.');
      return p.counts.refused === 0 ? 0 : 1;
    }
    const cr = await dispatch(core, CLI_ADMIN, 'imports.workersCommit', { previewId: p.previewId });
    if (!cr.ok) {
      ctx.err(`station import: ${describeFailure(cr.error)}; nothing was written.`);
      return 1;
    }
    const r = cr.value as ImportResult;
    ctx.out(`Imported: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.refused} refused.`);
    return r.refused === 0 ? 0 : 1;
  });
}
