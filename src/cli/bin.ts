#!/usr/bin/env node
import { main } from './main';

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
