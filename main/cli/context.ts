export interface CliContext {
  /** The built renderer the LAN host serves. */
  rendererDir: string;
  /** Resources shipped with the app (catalogues, fonts). */
  resourcesDir: string;
  out(line: string): void;
  err(line: string): void;
}
