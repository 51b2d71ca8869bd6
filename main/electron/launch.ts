import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { electronPathFromProbe, planLaunch } from './launch-plan';

// What `npm start` runs, in plain Node. It never calls Electron APIs: it only finds the binary.

/** require('electron') downloads the binary on first use; offline that hangs or fails, so it runs boxed in a child. */
const PROBE_TIMEOUT_MS = 20_000;

function probeElectron(): string | undefined {
  let entry: string;
  try {
    entry = createRequire(__filename).resolve('electron');
  } catch {
    return undefined;
  }
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(require(process.argv[1])))', entry], {
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return electronPathFromProbe(probe.status, probe.stdout ?? '');
}

const electronPath = probeElectron();
const plan = planLaunch({
  electronPath,
  electronExists: electronPath !== undefined && existsSync(electronPath),
  bundleDir: __dirname,
  nodePath: process.execPath,
  args: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
});

if (plan.kind === 'browser') {
  process.stdout.write(plan.notice + '\n');
  if (!existsSync(plan.args[0] ?? '')) {
    process.stderr.write('The station command is not built yet: run "npm run build" first.\n');
    process.exit(1);
  }
}
const child = spawn(plan.command, plan.args, { stdio: 'inherit', env: plan.env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (err) => {
  process.stderr.write(`Upgrade Station could not start: ${err.message}\n`);
  process.exitCode = 1;
});
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
