#!/usr/bin/env node
// Runs the compiled command line (dist/tdg.js), which `npm install`, `npm ci` and `npm start` build
// (`npm run build`); source maps point stack traces at src/.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/tdg.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'tdg: the command line is not built yet: run `npm run build` (npm install does it).\n',
  );
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(bundle.href);
