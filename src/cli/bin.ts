#!/usr/bin/env node
import { prestartWorker } from './startup/prestart';

// The analysis worker, when the run will likely want one, starts before the CLI itself loads (see prestart.ts).
const argv = process.argv.slice(2);
const prestarted = prestartWorker(argv, process.env, process.cwd());

const { main } = require('./main') as typeof import('./main');

// exitCode rather than process.exit(): stdout is flushed before the process ends, even when piped.
main(argv, prestarted).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mi-codemod: internal error: ${(error as Error)?.stack ?? String(error)}\nexit 2: internal error\n`);
    process.exitCode = 2;
  },
);
