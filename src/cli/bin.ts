#!/usr/bin/env node
import { prestartWorker } from './analysis/prestart';

// The analysis thread, when the run will likely want one, starts before the CLI itself loads (prestart.ts).
prestartWorker(process.argv.slice(2), process.env, process.cwd());
const { main } = require('./main') as typeof import('./main');

// A reader that stops early (`mi-codemod --check . | head`) closes the pipe: the rest of the report has nowhere
// to go, which is no error of the run's (the exit code stays the run's own).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

// exitCode rather than process.exit(): stdout is flushed before the process ends, even when piped.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mi-codemod: internal error: ${(error as Error)?.stack ?? String(error)}\nexit 2: internal error\n`);
    process.exitCode = 2;
  },
);
