#!/usr/bin/env node
// `npm run bench`: times `mi-codemod --check` (and `--dry`) against a read-and-regex baseline over the
// same files and against ripgrep, on generated trees, on this project's own dependencies (in and out of
// git) and on a candidate-dense generated tree; the pre-commit case (one staged file, directly and
// through lint-staged and pre-commit, as ratios to `node -e 0`); ESLint start-up and ESLint over real
// code with and without the plugin. Prints a Markdown report (stdout), writes bench/results.json.
// Progress goes to stderr. See docs/bench.md.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './lib/generate-tree.mjs';
import { ensureTree } from './lib/write-tree.mjs';
import { COPIED_TREES_DIR, ensureDependencyTree, ensurePlainCopy } from './lib/real-trees.mjs';
import { makeLatencyProject } from './lib/latency.mjs';
import { makeEslintRealProject } from './lib/eslint-real.mjs';
import { rssMethod, runMeasured } from './lib/measure.mjs';
import { evaluateEslint, evaluateLatency, evaluateLinearity, evaluateSize, extrapolate, summarizeRuns } from './lib/summarize.mjs';
import { plantedFilesMentioned } from './lib/coverage.mjs';
import { renderReport } from './lib/render-report.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const ALL_ROWS = ['generated', 'deps', 'dense', 'latency', 'eslint'];

const HELP = `Usage: node bench/run.mjs [options]
  --rows A,B                which rows (default ${ALL_ROWS.join(',')}):
                              generated  the synthetic trees of --sizes (in git), with --dry and jscodeshift
                              deps       this project's node_modules copied as a plain tree, in a git repository and outside git
                              dense      a generated 20,000-file tree where 3% of the files hold a near miss, in and outside git
                              latency    one staged file: directly, through lint-staged and pre-commit; ESLint start-up
                              eslint     ESLint over 2,000 real files, one rule against one rule + the plugin
  --files N                 one generated tree of N files (instead of --sizes)
  --sizes A,B,C             generated tree sizes (default 5000,20000,50000)
  --dense-files N           size of the candidate-dense tree (default 20000)
  --runs N                  timed runs per command on a tree, median reported (default 5; one warm-up run first)
  --latency-runs N          timed runs per latency command (default 11)
  --eslint-runs N           timed runs per ESLint-over-real-code config (default 3)
  --seed N                  generator seed (default ${DEFAULT_SEED})
  --regenerate              rebuild the generated trees even if present
  --skip-jscodeshift        do not run jscodeshift
  --jscodeshift-runs N      timed jscodeshift runs per size (default 1, no warm-up: ~70 files/s, minutes per size)
  --jscodeshift-max-files N largest tree jscodeshift runs on (default 5000); above, it is extrapolated
  --cli PATH                the CLI to measure (default dist/src/cli/bin.js; run npm run build first)
  --out PATH                JSON results (default bench/results.json)
`;

const { values: options } = parseArgs({
  options: {
    rows: { type: 'string', default: ALL_ROWS.join(',') },
    files: { type: 'string' },
    sizes: { type: 'string', default: '5000,20000,50000' },
    'dense-files': { type: 'string', default: '20000' },
    runs: { type: 'string', default: '5' },
    'latency-runs': { type: 'string', default: '11' },
    'eslint-runs': { type: 'string', default: '3' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    regenerate: { type: 'boolean', default: false },
    'skip-jscodeshift': { type: 'boolean', default: false },
    'jscodeshift-runs': { type: 'string', default: '1' },
    'jscodeshift-max-files': { type: 'string', default: '5000' },
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
const rows = new Set(options.rows.split(',').map((row) => row.trim()));
for (const row of rows) if (!ALL_ROWS.includes(row)) throw new Error(`unknown row ${row} (rows: ${ALL_ROWS.join(', ')})`);
const sizes = (options.files ? [options.files] : options.sizes.split(','))
  .map((text) => positiveInteger(text.trim(), 'size'))
  .sort((a, b) => a - b);
const denseFiles = positiveInteger(options['dense-files'], '--dense-files');
const runs = positiveInteger(options.runs, '--runs');
const latencyRuns = positiveInteger(options['latency-runs'], '--latency-runs');
const eslintRuns = positiveInteger(options['eslint-runs'], '--eslint-runs');
const seed = Number(options.seed);
const jscodeshiftRuns = positiveInteger(options['jscodeshift-runs'], '--jscodeshift-runs');
const jscodeshiftMaxFiles = positiveInteger(options['jscodeshift-max-files'], '--jscodeshift-max-files');
const cliPresent = fs.existsSync(path.resolve(options.cli));
const { cliPath, packageDir } = cliPresent
  ? snapshotCli(path.resolve(options.cli))
  : { cliPath: path.resolve(options.cli), packageDir: REPO_ROOT };
const hasRipgrep = spawnSync('rg', ['--version']).status === 0;
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

/**
 * Copies the compiled package (the `dist/src` holding the CLI, and package.json) under
 * node_modules/.cache, and returns the copy's bin and package directory: a `npm run build` by someone
 * else during the run then cannot change what is being measured. Module resolution still walks up to
 * this repository's node_modules.
 */
function snapshotCli(bin) {
  const distSrc = path.resolve(bin, '../..');
  if (path.basename(distSrc) !== 'src' || path.basename(path.dirname(distSrc)) !== 'dist') return { cliPath: bin, packageDir: REPO_ROOT };
  const packageDir = path.join(REPO_ROOT, 'node_modules/.cache/mi-codemod-bench');
  const snapshot = path.join(packageDir, 'dist/src');
  fs.rmSync(packageDir, { recursive: true, force: true });
  fs.cpSync(distSrc, snapshot, { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(packageDir, 'package.json'));
  return { cliPath: path.join(snapshot, path.relative(distSrc, bin)), packageDir };
}

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
const notes = [];

/** Stands for the tree's absolute path in a command line. */
const TREE = '<tree>';
/** The strings the engine's text scan looks for, as one regex: what the baseline and ripgrep search. */
const CANDIDATE_PATTERN = 'oauth2/token|50_?342|msiEndpoint|VmMSI|WithMSI|MSIVmToken|anagedIdentityExtension';

/**
 * The commands measured on a tree. The tree is the working directory and `.` the path, as a user would
 * run them; except jscodeshift, which runs from the repository root (its @babel/register would otherwise
 * write a node_modules/.cache into the tree) and gets the tree's absolute path.
 */
const COMMANDS = {
  baseline: [process.execPath, path.join(BENCH_DIR, 'baseline.mjs'), '.'],
  ripgrep: ['rg', '--files-with-matches', '--no-messages', '-e', CANDIDATE_PATTERN, '.'],
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
 * The CLI keeps the compiler's code cache (src/files/compileCache.ts) in a directory of the benchmark's
 * own, made by the warm-up run; `checkNoCache` measures a run without it, as a user's very first run is.
 */
const COMPILE_CACHE_HOME = path.join(BENCH_DIR, '.compile-cache');
const WARM = { XDG_CACHE_HOME: COMPILE_CACHE_HOME };
const COMMAND_ENV = {
  check: WARM,
  dry: WARM,
  checkNoCache: { MI_CODEMOD_COMPILE_CACHE: '0' },
};

/** Exit codes that mean the command ran to the end (1: --check found the planted legacy files; ripgrep: no match). */
const FINISHED = new Set([0, 1]);

function measureTreeCommand(name, tree, label) {
  const [command, ...args] = COMMANDS[name];
  const inTree = !args.includes(TREE);
  const run = runMeasured(
    command,
    args.map((arg) => (arg === TREE ? tree : arg)),
    { cwd: inTree ? tree : REPO_ROOT, env: COMMAND_ENV[name] },
  );
  progress(`${label} ${name}: ${(run.wallMs / 1000).toFixed(2)} s, ${run.peakRssMb.toFixed(0)} MB, exit ${run.exitCode}`);
  if (!FINISHED.has(run.exitCode)) progress(`${name} exited ${run.exitCode}; last stderr:\n${run.stderr.slice(-2000)}`);
  return run;
}

function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const version = (command) =>
    (spawnSync(command, ['--version'], { encoding: 'utf8' }).stdout ?? '').split('\n')[0].trim() || 'not installed';
  return {
    cpuModel: (cpuinfo.match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? os.cpus()[0]?.model ?? 'unknown',
    cpus: os.availableParallelism(),
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    gitVersion: execFileSync('git', ['--version'], { encoding: 'utf8' }).trim(),
    ripgrep: version('rg'),
    preCommit: version('pre-commit'),
    platform: `${os.platform()} ${os.release()}`,
    /** 1-minute load average when the run started: other work on the machine skews every figure. */
    loadAverageAtStart: Number(os.loadavg()[0].toFixed(2)),
  };
}

/** The "N files scanned" of a --check run's summary line, if it has one. */
function filesScanned(output) {
  const match = /(\d[\d,]*) files? scanned/.exec(output);
  return match ? Number(match[1].replace(/,/g, '')) : undefined;
}

/**
 * Times the tree commands `names` on `tree`: one warm-up run of each (which also fills the page cache
 * and makes the compile cache), then `runs` interleaved rounds. Returns the summaries, and notes a
 * difference between the files the baseline read and those the CLI scanned.
 */
function benchmarkTree(label, tree, names, manifest) {
  for (const name of names) measureTreeCommand(name, tree, `${label} warm-up`);
  const measured = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const name of names) measured[name].push(measureTreeCommand(name, tree, `${label} run ${run}/${runs}`));
  }
  const listedFiles = JSON.parse(measured.baseline.at(-1).stdout).files;
  const scanned = filesScanned(measured.check?.at(-1)?.stdout ?? '');
  if (scanned !== undefined && scanned !== listedFiles)
    notes.push(`${label}: the baseline read ${listedFiles} files, --check scanned ${scanned}: the ratio compares different work.`);
  const commands = Object.fromEntries(Object.entries(measured).map(([name, list]) => [name, summarizeRuns(list, listedFiles)]));
  const coverage = {};
  for (const name of ['check', 'dry'].filter((n) => measured[n])) {
    const last = measured[name].findLast((run) => FINISHED.has(run.exitCode)) ?? measured[name].at(-1);
    if (manifest) coverage[name] = plantedFilesMentioned(manifest, `${last.stdout}\n${last.stderr}`);
    const failed = measured[name].filter((run) => !FINISHED.has(run.exitCode)).length;
    if (failed)
      notes.push(
        `${label}: ${failed} of ${measured[name].length} ${name} runs did not finish normally (exit code not 0 or 1; stderr shown in the progress log); their times are in the median.`,
      );
  }
  return { listedFiles, scannedFiles: scanned, commands, coverage };
}

const treeCommands = () => ['baseline', ...(hasRipgrep ? ['ripgrep'] : []), ...(cliPresent ? ['check', 'checkNoCache'] : [])];

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
  const names = [...treeCommands(), ...(cliPresent ? ['dry'] : [])];
  const result = benchmarkTree(`${fileCount} files`, tree, names, manifest);
  if (!options['skip-jscodeshift'] && fileCount <= jscodeshiftMaxFiles) {
    const list = [];
    for (let run = 1; run <= jscodeshiftRuns; run += 1)
      list.push(measureTreeCommand('jscodeshift', tree, `${fileCount} run ${run}/${jscodeshiftRuns}`));
    result.commands.jscodeshift = summarizeRuns(list, result.listedFiles);
  }
  return { fileCount, totalBytes, tree: path.relative(REPO_ROOT, tree), manifest, ...result };
}

/** A row of real or dense code: `{ name, description, tree, inGit, files, bytes, ...benchmarkTree }`. */
function benchmarkNamedTree({ name, description, tree, inGit, files, bytes, manifest }) {
  progress(`${name}: ${files} files, ${(bytes / 1e6).toFixed(0)} MB (${tree})`);
  return { name, description, tree, inGit, files, bytes, manifest, ...benchmarkTree(name, tree, treeCommands(), manifest) };
}

function latencyRows() {
  const { commands, stage } = makeLatencyProject({
    directory: path.join(COPIED_TREES_DIR, 'latency'),
    repoRoot: REPO_ROOT,
    packageDir,
    hasPreCommit,
  });
  const directory = path.join(COPIED_TREES_DIR, 'latency');
  const measured = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const unexpected = new Set();
  for (let run = 0; run <= latencyRuns; run += 1) {
    for (const [name, command] of Object.entries(commands)) {
      stage(command.stage);
      const [file, ...args] = command.argv;
      const result = runMeasured(file, args, { cwd: directory, env: { ...WARM, ...command.env } });
      if (command.expect !== undefined && result.exitCode !== command.expect && !unexpected.has(name)) {
        unexpected.add(name);
        notes.push(`latency ${name}: exit ${result.exitCode}, expected ${command.expect} (${result.stderr.slice(-300).trim()})`);
      }
      if (run > 0) measured[name].push(result);
    }
    progress(
      `latency ${run === 0 ? 'warm-up' : `run ${run}/${latencyRuns}`}: node -e 0 ${measured.nodeStart.at(-1)?.wallMs.toFixed(0) ?? '-'} ms`,
    );
  }
  stage(undefined);
  const summaries = Object.fromEntries(Object.entries(measured).map(([name, list]) => [name, summarizeRuns(list, 1)]));
  return { directory, commands: summaries, evaluation: evaluateLatency(summaries) };
}

function eslintRows() {
  const project = makeEslintRealProject({ directory: path.join(COPIED_TREES_DIR, 'eslint-real'), repoRoot: REPO_ROOT, packageDir });
  progress(`eslint: ${project.files} real files, ${(project.bytes / 1e6).toFixed(1)} MB`);
  const eslint = path.join(REPO_ROOT, 'node_modules/eslint/bin/eslint.js');
  const configs = { oneRule: project.oneRule, withPlugin: project.withPlugin };
  const measured = { oneRule: [], withPlugin: [] };
  for (let run = 0; run <= eslintRuns; run += 1) {
    for (const [name, config] of Object.entries(configs)) {
      const args = [eslint, '--no-config-lookup', '-c', config, '--no-warn-ignored', '-o', os.devNull, 'code'];
      const result = runMeasured(process.execPath, args, { cwd: path.dirname(project.code), env: WARM });
      progress(
        `eslint ${run === 0 ? 'warm-up' : `run ${run}/${eslintRuns}`} ${name}: ${(result.wallMs / 1000).toFixed(2)} s, exit ${result.exitCode}`,
      );
      if (!FINISHED.has(result.exitCode)) notes.push(`eslint ${name} exited ${result.exitCode}: ${result.stderr.slice(-300).trim()}`);
      if (run > 0) measured[name].push(result);
    }
  }
  const commands = Object.fromEntries(Object.entries(measured).map(([name, list]) => [name, summarizeRuns(list, project.files)]));
  return { files: project.files, bytes: project.bytes, commands, evaluation: evaluateEslint(commands) };
}

const started = Date.now();
if (!cliPresent) {
  progress(`CLI not found at ${cliPath}: run \`npm run build\` first; measuring the references only`);
  notes.push(`The CLI (${path.relative(REPO_ROOT, cliPath)}) was missing: --check and --dry were not measured.`);
}
if (!hasRipgrep) notes.push('ripgrep (rg) is not installed: no ripgrep column (Debian: apt-get install ripgrep).');
if (rows.has('latency') && !hasPreCommit)
  notes.push('pre-commit is not installed: no pre-commit rows (Debian: apt-get install pre-commit).');
const results = {
  date: new Date().toISOString(),
  machine: machine(),
  rssMethod,
  runs,
  seed,
  jscodeshiftRuns,
  jscodeshiftMaxFiles,
  sizes: [],
  trees: [],
  linearity: [],
  notes,
};

if (rows.has('generated')) for (const fileCount of sizes) results.sizes.push(benchmarkSize(fileCount));
if (rows.has('deps')) {
  for (const inGit of [true, false]) {
    const tree = path.join(COPIED_TREES_DIR, inGit ? 'deps-git' : 'deps-plain');
    const copied = ensureDependencyTree({ repoRoot: REPO_ROOT, directory: tree, inGit, log: progress });
    results.trees.push(
      benchmarkNamedTree({
        name: inGit ? 'dependencies, in git' : 'dependencies, outside git',
        description: `this project's node_modules copied as a plain tree${inGit ? ' into a temporary git repository' : ', outside any git repository'}`,
        tree,
        inGit,
        ...copied,
      }),
    );
  }
}
if (rows.has('dense')) {
  const tree = path.join(BENCH_DIR, `.tree-dense-${denseFiles}`);
  const { manifest, totalBytes } = ensureTree({
    directory: tree,
    fileCount: denseFiles,
    seed,
    density: 'dense',
    regenerate: options.regenerate,
    log: progress,
  });
  const described = `a generated ${denseFiles.toLocaleString('en-US')}-file tree where 3% of the files get past the scan's first step`;
  results.trees.push(
    benchmarkNamedTree({
      name: 'candidate-dense, in git',
      description: described,
      tree,
      inGit: true,
      files: denseFiles + 1,
      bytes: totalBytes,
      manifest,
    }),
  );
  const plain = path.join(COPIED_TREES_DIR, `dense-${denseFiles}-plain`);
  const copied = ensurePlainCopy({ source: tree, manifest, directory: plain, log: progress });
  results.trees.push(
    benchmarkNamedTree({
      name: 'candidate-dense, outside git',
      description: `${described}, copied outside git`,
      tree: plain,
      inGit: false,
      ...copied,
      manifest,
    }),
  );
}
if (rows.has('latency') && cliPresent) results.latency = latencyRows();
if (rows.has('eslint') && cliPresent) results.eslint = eslintRows();

// jscodeshift above --jscodeshift-max-files: extrapolated from the largest size it ran on.
const jscodeshiftMeasured = results.sizes.filter((size) => size.commands.jscodeshift).at(-1);
for (const size of results.sizes) {
  if (!options['skip-jscodeshift'] && !size.commands.jscodeshift && jscodeshiftMeasured) {
    size.commands.jscodeshift = extrapolate(jscodeshiftMeasured.commands.jscodeshift, jscodeshiftMeasured.listedFiles, size.listedFiles);
    notes.push(
      `jscodeshift at ${size.fileCount} files is extrapolated linearly from its ${jscodeshiftMeasured.fileCount}-file run (per-file cost x files); pass --jscodeshift-max-files ${size.fileCount} to measure it.`,
    );
  }
  size.evaluation = evaluateSize(size.commands);
}
for (const tree of results.trees) tree.evaluation = evaluateSize(tree.commands);
results.linearity = ['baseline', 'check', 'dry']
  .filter((name) => results.sizes.some((size) => size.commands[name]))
  .map((name) => evaluateLinearity(results.sizes, name));
results.totalSeconds = (Date.now() - started) / 1000;
results.machine.loadAverageAtEnd = Number(os.loadavg()[0].toFixed(2));

const withoutManifest = ({ manifest, ...rest }) => ({
  ...rest,
  ...(manifest
    ? { legacyFiles: manifest.legacy.length, decoyFiles: manifest.decoys.length, nearMissFiles: manifest.nearMisses?.length ?? 0 }
    : {}),
});
const json = { ...results, sizes: results.sizes.map(withoutManifest), trees: results.trees.map(withoutManifest) };
fs.writeFileSync(options.out, `${JSON.stringify(json, null, 2)}\n`);
process.stdout.write(renderReport(results));
progress(`done in ${results.totalSeconds.toFixed(0)} s; results in ${path.relative(process.cwd(), options.out)}`);
process.exitCode = cliPresent ? 0 : 1;
