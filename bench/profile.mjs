#!/usr/bin/env node
// Profiles one CLI run over a tree and prints where the CPU time goes (self time by function and by
// file), for the main thread and for each worker thread. Usage:
//   node bench/profile.mjs [--files 20000 | --tree PATH] [--mode check|dry] [--top 25]
// `--files N` profiles the generated tree bench/.tree-N (run the benchmark once to make it); `--tree`
// any directory, such as the copies `npm run bench` keeps under $TMPDIR/mi-codemod-bench/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summarizeProfile } from './lib/summarize-profile.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '20000' },
    tree: { type: 'string' },
    mode: { type: 'string', default: 'check' },
    top: { type: 'string', default: '25' },
  },
});
const tree = values.tree ? path.resolve(values.tree) : path.join(BENCH_DIR, `.tree-${values.files}`);
if (!fs.existsSync(tree)) throw new Error(`no tree at ${tree}: run node bench/run.mjs --files ${values.files} --runs 1 first`);
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-bench-prof-'));
const cli = path.join(BENCH_DIR, '..', 'dist/src/cli/bin.js');
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, cli, `--${values.mode}`, '.'], {
  cwd: tree,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
const ms = (value) => value.toFixed(0).padStart(7);
const lines = [`--${values.mode} over ${tree}: wall ${wallMs.toFixed(0)} ms, exit ${run.status} (profiles in ${profileDir})`];
// One profile per thread, the main thread's first (Node numbers them in the order the threads start).
for (const profileFile of fs.readdirSync(profileDir).sort()) {
  const summary = summarizeProfile(JSON.parse(fs.readFileSync(path.join(profileDir, profileFile), 'utf8')), { top: Number(values.top) });
  lines.push('', `== ${profileFile}: profiled ${summary.totalMs.toFixed(0)} ms`, '', 'self ms  by file');
  for (const entry of summary.byFile) lines.push(`${ms(entry.selfMs)}  ${entry.url}`);
  lines.push('', 'self ms  by function');
  for (const entry of summary.byFunction) lines.push(`${ms(entry.selfMs)}  ${entry.name}  ${entry.url}:${entry.line}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
