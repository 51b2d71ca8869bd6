import type { HostOutputs } from '../../../shared/contract/host-channels';
import type { Result } from '../../../shared/contract/result';

export type PrintOutcome = { kind: 'printed' } | { kind: 'saved'; fileName: string } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/**
 * The desktop app renders this same route in a hidden window and saves it as PDF (host.printToPdf);
 * a browser prints the page itself, where "save as PDF" is one of the printers. `viaHost: false`
 * keeps the browser's dialog in the desktop app too (pages whose data lives in this tab only).
 */
export async function printPaper(fileName: string, viaHost = true): Promise<PrintOutcome> {
  const bridge = window.station;
  if (!bridge || !viaHost) {
    window.print();
    return { kind: 'printed' };
  }
  const path = window.location.pathname + window.location.search;
  try {
    const r = (await bridge.call('host.printToPdf', { path, fileName })) as Result<HostOutputs['host.printToPdf']>;
    if (!r.ok) return { kind: 'failed', message: r.error.message };
    return r.value.saved ? { kind: 'saved', fileName: r.value.fileName } : { kind: 'cancelled' };
  } catch (err) {
    return { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
  }
}

/** A file name without characters Windows refuses; the host cleans it again. */
export function pdfName(...parts: string[]): string {
  return `${parts.filter(Boolean).join('-').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120)}.pdf`;
}
