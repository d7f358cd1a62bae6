#!/usr/bin/env node
// `npm run bench`: generates (or reuses) synthetic trees, times the read-and-regex baseline,
// `mi-codemod --check`, `mi-codemod --dry` and a jscodeshift parse-only pass over them, and prints a
// Markdown report (stdout) and writes bench/results.json. Progress goes to stderr. See docs/bench.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './lib/generate-tree.mjs';
import { ensureTree } from './lib/write-tree.mjs';
import { rssMethod, runMeasured } from './lib/measure.mjs';
import { evaluateLinearity, evaluateSize, extrapolate, summarizeRuns } from './lib/summarize.mjs';
import { plantedFilesMentioned } from './lib/coverage.mjs';
import { renderReport } from './lib/render-report.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, '..');

const HELP = `Usage: node bench/run.mjs [options]
  --files N                 one tree of N source files (instead of --sizes)
  --sizes A,B,C             tree sizes (default 5000,20000,50000)
  --runs N                  timed runs per command, median reported (default 5; one warm-up run first)
  --seed N                  generator seed (default ${DEFAULT_SEED})
  --regenerate              rebuild the trees even if present
  --skip-jscodeshift        do not run jscodeshift
  --jscodeshift-runs N      timed jscodeshift runs per size (default 1, no warm-up: ~70 files/s, minutes per size)
  --jscodeshift-max-files N largest tree jscodeshift runs on (default 20000); above, it is extrapolated
  --cli PATH                the CLI to measure (default dist/src/cli/bin.js; run npm run build first)
  --out PATH                JSON results (default bench/results.json)
`;

const { values: options } = parseArgs({
  options: {
    files: { type: 'string' },
    sizes: { type: 'string', default: '5000,20000,50000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    regenerate: { type: 'boolean', default: false },
    'skip-jscodeshift': { type: 'boolean', default: false },
    'jscodeshift-runs': { type: 'string', default: '1' },
    'jscodeshift-max-files': { type: 'string', default: '20000' },
    cli: { type: 'string', default: path.join(REPO_ROOT, 'dist/src/cli/bin.js') },
    out: { type: 'string', default: path.join(BENCH_DIR, 'results.json') },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

const positiveInteger = (text, name) => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${text}`);
  return value;
};
const sizes = (options.files ? [options.files] : options.sizes.split(','))
  .map((text) => positiveInteger(text.trim(), 'size'))
  .sort((a, b) => a - b);
const runs = positiveInteger(options.runs, '--runs');
const seed = Number(options.seed);
const jscodeshiftRuns = positiveInteger(options['jscodeshift-runs'], '--jscodeshift-runs');
const jscodeshiftMaxFiles = positiveInteger(options['jscodeshift-max-files'], '--jscodeshift-max-files');
const cliPresent = fs.existsSync(path.resolve(options.cli));
const cliPath = cliPresent ? snapshotCli(path.resolve(options.cli)) : path.resolve(options.cli);

/**
 * Copies the compiled package (the `dist/src` holding the CLI) under node_modules/.cache, and returns
 * the copy's bin: a `npm run build` by someone else during the run then cannot change what is being
 * measured. Module resolution and the package.json lookup still walk up to this repository.
 */
function snapshotCli(bin) {
  const distSrc = path.resolve(bin, '../..');
  if (path.basename(distSrc) !== 'src' || path.basename(path.dirname(distSrc)) !== 'dist') return bin;
  const snapshot = path.join(REPO_ROOT, 'node_modules/.cache/mi-codemod-bench/dist/src');
  fs.rmSync(snapshot, { recursive: true, force: true });
  fs.cpSync(distSrc, snapshot, { recursive: true });
  return path.join(snapshot, path.relative(distSrc, bin));
}

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
const notes = [];

/** Stands for the tree's absolute path in a command line. */
const TREE = '<tree>';

/**
 * The commands measured. The tree is the working directory and `.` the path, as a user would run
 * them; except jscodeshift, which runs from the repository root (its @babel/register would otherwise
 * write a node_modules/.cache into the tree) and gets the tree's absolute path.
 */
const COMMANDS = {
  baseline: [process.execPath, path.join(BENCH_DIR, 'baseline.mjs'), '.'],
  check: [process.execPath, cliPath, '--check', '.'],
  checkNoCache: [process.execPath, cliPath, '--check', '.'],
  dry: [process.execPath, cliPath, '--dry', '.'],
  jscodeshift: [
    process.execPath,
    path.join(REPO_ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js'),
    '-t',
    path.join(BENCH_DIR, 'parse-only-transform.cjs'),
    '--parser=tsx',
    '--extensions=ts,tsx,js,jsx,mjs,cjs',
    '--dry',
    '--silent',
    '--cpus=2',
    TREE,
  ],
};

/**
 * The CLI keeps the compiler's code cache (src/cli/compileCache.ts) in a directory of the benchmark's
 * own, made by the warm-up run; `checkNoCache` measures a run without it, as a user's very first run is.
 */
const COMPILE_CACHE_HOME = path.join(BENCH_DIR, '.compile-cache');
const COMMAND_ENV = {
  check: { XDG_CACHE_HOME: COMPILE_CACHE_HOME },
  dry: { XDG_CACHE_HOME: COMPILE_CACHE_HOME },
  checkNoCache: { MI_CODEMOD_COMPILE_CACHE: '0' },
};

/** Exit codes that mean the command ran to the end (1: --check found the planted legacy files). */
const FINISHED = new Set([0, 1]);

function measure(name, tree, label) {
  const [command, ...args] = COMMANDS[name];
  const inTree = !args.includes(TREE);
  const run = runMeasured(
    command,
    args.map((arg) => (arg === TREE ? tree : arg)),
    { cwd: inTree ? tree : REPO_ROOT, env: COMMAND_ENV[name] },
  );
  progress(`${label} ${name}: ${(run.wallMs / 1000).toFixed(2)} s, ${run.peakRssMb.toFixed(0)} MB, exit ${run.exitCode}`);
  if (!FINISHED.has(run.exitCode)) {
    progress(`${name} exited ${run.exitCode}; last stderr:\n${run.stderr.slice(-2000)}`);
  }
  return run;
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    cpuModel: (cpuinfo.match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? os.cpus()[0]?.model ?? 'unknown',
    cpus: os.availableParallelism(),
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    gitVersion: execFileSync('git', ['--version'], { encoding: 'utf8' }).trim(),
    platform: `${os.platform()} ${os.release()}`,
    /** 1-minute load average when the run started: other work on the machine skews every figure. */
    loadAverageAtStart: Number(os.loadavg()[0].toFixed(2)),
  };
}

function benchmarkSize(fileCount) {
  const tree = path.join(BENCH_DIR, `.tree-${fileCount}`);
  const started = Date.now();
  const { manifest, generated, totalBytes } = ensureTree({
    directory: tree,
    fileCount,
    seed,
    regenerate: options.regenerate,
    log: progress,
  });
  progress(`${fileCount} files: tree ${generated ? `generated in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'reused'} (${tree})`);
  const names = ['baseline', ...(cliPresent ? ['check', 'checkNoCache', 'dry'] : [])];
  for (const name of names) measure(name, tree, `${fileCount} warm-up`);
  const measured = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const name of names) measured[name].push(measure(name, tree, `${fileCount} run ${run}/${runs}`));
  }
  const wantJscodeshift = !options['skip-jscodeshift'];
  if (wantJscodeshift && fileCount <= jscodeshiftMaxFiles) {
    measured.jscodeshift = [];
    for (let run = 1; run <= jscodeshiftRuns; run += 1)
      measured.jscodeshift.push(measure('jscodeshift', tree, `${fileCount} run ${run}/${jscodeshiftRuns}`));
  }
  const listedFiles = JSON.parse(measured.baseline.at(-1).stdout).files;
  const commands = Object.fromEntries(Object.entries(measured).map(([name, list]) => [name, summarizeRuns(list, listedFiles)]));
  const coverage = {};
  for (const name of ['check', 'dry'].filter((n) => measured[n])) {
    const last = measured[name].findLast((run) => FINISHED.has(run.exitCode)) ?? measured[name].at(-1);
    coverage[name] = plantedFilesMentioned(manifest, `${last.stdout}\n${last.stderr}`);
    const failed = measured[name].filter((run) => !FINISHED.has(run.exitCode)).length;
    if (failed)
      notes.push(
        `${fileCount} files: ${failed} of ${measured[name].length} ${name} runs did not finish normally (exit code not 0 or 1; stderr shown in the progress log); their times are in the median.`,
      );
  }
  return { fileCount, listedFiles, totalBytes, tree: path.relative(REPO_ROOT, tree), manifest, commands, coverage, wantJscodeshift };
}

const started = Date.now();
if (!cliPresent) {
  progress(`CLI not found at ${cliPath}: run \`npm run build\` first; measuring the baseline and jscodeshift only`);
  notes.push(`The CLI (${path.relative(REPO_ROOT, cliPath)}) was missing: --check and --dry were not measured.`);
}
const results = {
  date: new Date().toISOString(),
  machine: machine(),
  rssMethod,
  runs,
  seed,
  jscodeshiftRuns,
  jscodeshiftMaxFiles,
  sizes: [],
  linearity: [],
  notes,
};
for (const fileCount of sizes) results.sizes.push(benchmarkSize(fileCount));

// jscodeshift above --jscodeshift-max-files: extrapolated from the largest size it ran on.
const jscodeshiftMeasured = results.sizes.filter((size) => size.commands.jscodeshift).at(-1);
for (const size of results.sizes) {
  if (size.wantJscodeshift && !size.commands.jscodeshift && jscodeshiftMeasured) {
    size.commands.jscodeshift = extrapolate(
      size.commands.jscodeshift ?? jscodeshiftMeasured.commands.jscodeshift,
      jscodeshiftMeasured.listedFiles,
      size.listedFiles,
    );
    notes.push(
      `jscodeshift at ${size.fileCount} files is extrapolated linearly from its ${jscodeshiftMeasured.fileCount}-file run (per-file cost x files); pass --jscodeshift-max-files ${size.fileCount} to measure it.`,
    );
  }
  delete size.wantJscodeshift;
  size.evaluation = evaluateSize(size.commands);
}
results.linearity = ['baseline', 'check', 'dry']
  .filter((name) => results.sizes.some((size) => size.commands[name]))
  .map((name) => evaluateLinearity(results.sizes, name));
results.totalSeconds = (Date.now() - started) / 1000;
results.machine.loadAverageAtEnd = Number(os.loadavg()[0].toFixed(2));

const json = {
  ...results,
  sizes: results.sizes.map(({ manifest, ...size }) => ({
    ...size,
    legacyFiles: manifest.legacy.length,
    decoyFiles: manifest.decoys.length,
  })),
};
fs.writeFileSync(options.out, `${JSON.stringify(json, null, 2)}\n`);
process.stdout.write(renderReport(results));
progress(`done in ${results.totalSeconds.toFixed(0)} s; results in ${path.relative(process.cwd(), options.out)}`);
process.exitCode = cliPresent ? 0 : 1;
