/**
 * Which screen a window shows, passed from main to the preload as a command-line switch. No imports:
 * the sandboxed preload bundles this and may require nothing but 'electron'.
 */
export type BridgeWindow = 'admin' | 'kiosk';

export const WINDOW_ARG = '--station-window=';

/** Anything unexpected is the admin screen, which asks for a sign-in anyway. */
export function windowKindFromArgv(argv: readonly string[]): BridgeWindow {
  const arg = argv.find((a) => a.startsWith(WINDOW_ARG));
  return arg === `${WINDOW_ARG}kiosk` ? 'kiosk' : 'admin';
}
