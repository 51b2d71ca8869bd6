#!/usr/bin/env node
// The `station` command. Runs the bundled CLI; from a fresh checkout, `npm run build` makes it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundle = join(__dirname, '..', '..', 'out', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('station: the app is not built yet. Run "npm run build" first.\n');
  process.exit(1);
}
require(bundle).main();
