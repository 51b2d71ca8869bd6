import { homedir } from 'node:os';
import { openCore } from '../app/core';
import { keepNewFilesPrivate } from '../lib/private-files';
import { startShell } from './shell';

// The bundled entry (out/electron/main.cjs). Everything runs from startShell so tests can drive it.
keepNewFilesPrivate();
startShell({
  openCore,
  argv: process.argv,
  env: process.env,
  platform: process.platform,
  home: homedir(),
  bundleDir: __dirname,
  processEvents: process,
});
