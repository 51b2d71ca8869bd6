import { chmodSync, existsSync } from 'node:fs';

/**
 * The data folder holds resident ID numbers: on Linux and macOS only its owner may read it. Every file
 * and folder the process creates from here on is 0600 / 0700 (Windows keeps its per-user ACLs). Called
 * once at each entry point (the CLI, the desktop app), before anything is written.
 */
export function keepNewFilesPrivate(): void {
  if (process.platform !== 'win32') process.umask(0o077);
}

/** Narrows what an earlier version created 0755/0644 to its owner. */
export function makePrivate(path: string, mode: 0o700 | 0o600): void {
  if (process.platform === 'win32' || !existsSync(path)) return;
  try {
    chmodSync(path, mode);
  } catch {
    // Not ours (a shared folder mounted by someone else): reading and writing still work.
  }
}
