/**
 * The print handshake: the desktop's printToPDF (main/electron/exports.ts) and the browser tests wait
 * while <html data-print-state="loading"> and print once it says "ready".
 */
export type PrintState = 'loading' | 'ready';

export function setPrintState(state: PrintState): void {
  document.documentElement.dataset.printState = state;
}

export function clearPrintState(): void {
  delete document.documentElement.dataset.printState;
}

/** Ready means painted with its real fonts and every image decoded, not just "data arrived". */
export async function settle(root: HTMLElement | null): Promise<void> {
  await document.fonts.ready;
  const images = root ? [...root.querySelectorAll('img')] : [];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  // One frame, so layout after the last render has happened before anyone prints.
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}
