#!/usr/bin/env node
import { prestartWorker } from './startup/prestart';

// A reader that stops early (`mi-codemod --check . | head`) closes the pipe: the rest of the report has nowhere
// to go, which is no error of the run's (the exit code stays the run's own).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

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
