#!/usr/bin/env node
// Counts the instructions one command executes (every thread), under valgrind's callgrind: unlike wall
// or CPU time, the count barely moves with the load of a shared machine, so two builds can be compared
// from a few runs each. About 50x slower than the command itself. Usage:
//   node bench/instructions.mjs [--runs 3] [--cwd DIR] -- node dist/src/cli/bin.js --check .
// Prints each run's count and their median, in millions.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib/measure.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, cwd: { type: 'string', default: process.cwd() } },
});
if (positionals.length === 0) throw new Error('usage: node bench/instructions.mjs [--runs N] [--cwd DIR] -- <command> [args]');
const counts = [];
for (let run = 0; run < Number(values.runs); run += 1) {
  const out = path.join(os.tmpdir(), `mi-bench-callgrind-${process.pid}-${run}`);
  // V8 writes and rewrites machine code: valgrind must check for that everywhere but in loaded files.
  const result = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, '--smc-check=all-non-file', ...positionals], {
    cwd: values.cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  fs.rmSync(out, { force: true });
  const collected = /Collected : (\d+)/.exec(result.stderr ?? '');
  if (!collected) throw new Error(`valgrind gave no count (exit ${result.status}): ${(result.stderr ?? '').slice(-500)}`);
  counts.push(Number(collected[1]) / 1e6);
  process.stderr.write(`[instructions] run ${run + 1}: ${counts.at(-1).toFixed(0)} M (exit ${result.status})\n`);
}
process.stdout.write(
  `${JSON.stringify({ command: positionals.join(' '), millions: counts.map(Math.round), median: Math.round(median(counts)) })}\n`,
);
