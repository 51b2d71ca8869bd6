import { isAbsolute, join, resolve } from 'node:path';
import { dataArg } from './data-arg';

export const BROWSER_NOTICE =
  'The Electron runtime is not available on this machine, so Upgrade Station is starting in your browser instead.';

export type LaunchPlan =
  | { kind: 'electron'; command: string; args: string[]; env: NodeJS.ProcessEnv }
  | { kind: 'browser'; notice: string; command: string; args: string[]; env: NodeJS.ProcessEnv };

export interface LaunchFacts {
  /** What require('electron') answered, if it answered at all. */
  electronPath: string | undefined;
  /** Whether that file exists: the package can name a binary it never managed to download. */
  electronExists: boolean;
  /** The folder of launch.cjs, i.e. out/electron/. */
  bundleDir: string;
  nodePath: string;
  /** The launcher's own arguments (after the script name). */
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Decides between the desktop app and the browser fallback; pure, so the decision has a test. */
export function planLaunch(facts: LaunchFacts): LaunchPlan {
  const data = dataArg(facts.args);
  // A relative --data means relative to where the person typed the command, not to the child's folder.
  const dataDir = data === undefined ? undefined : isAbsolute(data) ? data : resolve(facts.cwd, data);
  if (facts.electronPath && facts.electronExists) {
    const env = { ...facts.env };
    // Left over from a parent tool, it would make the binary run as plain Node and ignore the app.
    delete env.ELECTRON_RUN_AS_NODE;
    return {
      kind: 'electron',
      command: facts.electronPath,
      args: [join(facts.bundleDir, 'main.cjs'), ...(dataDir ? [`--data=${dataDir}`] : [])],
      env,
    };
  }
  return {
    kind: 'browser',
    notice: BROWSER_NOTICE,
    command: facts.nodePath,
    args: [join(facts.bundleDir, '..', 'cli.cjs'), 'serve', ...(dataDir ? ['--data', dataDir] : [])],
    env: { ...facts.env },
  };
}

/** The last non-empty line the probe printed: the electron package may log download chatter first. */
export function electronPathFromProbe(status: number | null, stdout: string): string | undefined {
  if (status !== 0) return undefined;
  const lines = stdout.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines[lines.length - 1];
}
