// The human report (Markdown, on stdout): one table per tree with its ratios and PASS/MISS, linearity,
// the pre-commit latency rows and the ESLint rows.

const seconds = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–');
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '–');
const LABELS = {
  baseline: 'baseline (list + read + regex, same files)',
  ripgrep: 'ripgrep (rg -l, same tree)',
  check: 'mi-codemod --check',
  checkNoCache: 'mi-codemod --check, no compile cache (a first run)',
  dry: 'mi-codemod --dry',
  jscodeshift: 'jscodeshift parse-only (--cpus=2)',
};

function commandRows(commands) {
  return Object.entries(commands).map(([name, s]) => {
    const runs = s.estimated ? `est. from ${s.estimatedFrom}` : String(s.runs);
    const spread = s.estimated ? '–' : `${seconds(s.minMs)}–${seconds(s.maxMs)}`;
    return `| ${LABELS[name] ?? name} | ${runs} | ${seconds(s.medianMs)} | ${spread} | ${fixed(s.filesPerSecond)} | ${fixed(s.microsecondsPerFile)} | ${fixed(s.peakRssMb)} | ${fixed(s.cpuSeconds, 2)} | ${s.exitCodes.join(',') || '–'} |`;
  });
}

/** Up to five planted files with their variant, then how many more (the JSON has them all). */
function listPlanted(entries) {
  const shown = entries
    .slice(0, 5)
    .map((m) => `${m.path} (${m.variant})`)
    .join(', ');
  return entries.length > 5 ? `${shown} and ${entries.length - 5} more` : shown;
}

function treeSection(title, tree) {
  const e = tree.evaluation;
  const lines = [
    title,
    '',
    '| command | runs | median s | min–max s | files/s | µs/file | peak RSS MB | CPU s | exit |',
    '|---|---|---|---|---|---|---|---|---|',
    ...commandRows(tree.commands),
    '',
    `- check / baseline: **${times(e.checkOverBaseline)}** (target ≤ 1.5x) ${e.verdicts.checkWithin1_5xBaseline}; in CPU time ${times(e.checkCpuOverBaseline)}`,
    `- check / ripgrep: **${times(e.checkOverRipgrep)}** (target ≤ 3x) ${e.verdicts.checkWithin3xRipgrep}`,
    `- first run (no compile cache) / warm: **${times(e.firstRunOverWarm)}** (target ≤ 1.2x) ${e.verdicts.firstRunWithin1_2xWarm}`,
    `- peak RSS of the tool: **${fixed(e.toolPeakRssMb)} MB** (target ≤ 150 MB) ${e.verdicts.peakRssWithin150Mb}`,
  ];
  if (tree.commands.dry) lines.push(`- dry / baseline: **${times(e.dryOverBaseline)}**`);
  if (tree.commands.jscodeshift)
    lines.push(
      `- jscodeshift / check: **${fixed(e.jscodeshiftOverCheck, 1)}x**${e.jscodeshiftEstimated ? ' (jscodeshift extrapolated)' : ''} (target ≥ 20x) ${e.verdicts.checkAtLeast20xFasterThanJscodeshift}`,
    );
  lines.push(`- files read by the baseline: ${tree.listedFiles}; scanned by --check: ${tree.scannedFiles ?? '?'}`);
  for (const [name, c] of Object.entries(tree.coverage ?? {})) {
    const missed = c.missedLegacy.length ? ` — missed: ${listPlanted(c.missedLegacy)}` : '';
    const flagged = c.flaggedDecoys.length ? ` — decoys mentioned: ${listPlanted(c.flaggedDecoys)}` : '';
    lines.push(
      `- ${name} output names ${c.legacyReported}/${c.legacyTotal} legacy files, ${c.flaggedDecoys.length} decoys${missed}${flagged}`,
    );
  }
  return lines.join('\n');
}

function sizeTitle(size) {
  return `### Generated tree, ${size.fileCount.toLocaleString('en-US')} files (${(size.totalBytes / 1e6).toFixed(1)} MB, ${size.manifest.legacy.length} legacy, ${size.manifest.decoys.length} decoys, in git)`;
}

function namedTreeTitle(tree) {
  const planted = tree.manifest
    ? `, ${tree.manifest.legacy.length} legacy, ${tree.manifest.decoys.length} decoys, ${tree.manifest.nearMisses?.length ?? 0} near misses`
    : '';
  return `### ${tree.name}: ${tree.description} (${tree.files.toLocaleString('en-US')} files, ${(tree.bytes / 1e6).toFixed(0)} MB${planted})`;
}

function linearitySection(linearity) {
  const lines = [
    '### Linearity (time per file by size)',
    '',
    '| command | ' +
      linearity[0].points.map((p) => `${p.fileCount} µs/file`).join(' | ') +
      ' | marginal µs/file | fixed cost s | verdict |',
    '|---|' + linearity[0].points.map(() => '---|').join('') + '---|---|---|',
  ];
  for (const l of linearity) {
    lines.push(
      `| ${l.command} | ${l.points.map((p) => fixed(p.microsecondsPerFile)).join(' | ')} | ${l.steps.map((s) => `${s.from}→${s.to}: ${fixed(s.marginalMicrosecondsPerFile)}`).join(', ') || '–'} | ${seconds(l.fixedCostMs)} | ${l.verdict} |`,
    );
  }
  lines.push(
    '',
    `Linear growth: PASS when µs/file never grows more than 1.25x from one size to the next (the fixed start-up cost makes it fall). Marginal µs/file is the slope between neighbouring sizes; fixed cost is where the line through the two smallest sizes meets zero files (start-up, module loading).`,
  );
  return lines.join('\n');
}

const LATENCY_LABELS = {
  nodeStart: '`node -e 0`',
  parseLegacy: 'Node + load the compiler (no code cache) + parse legacy.ts (bench/lib/parse-one.cjs)',
  checkClean: '`mi-codemod --check clean.ts` (node_modules/.bin)',
  checkLegacy: '`mi-codemod --check legacy.ts`',
  checkLegacyNoCache: '`mi-codemod --check legacy.ts`, no compile cache',
  lintStagedNoop: 'lint-staged, a no-op task (`true`), clean.ts staged',
  lintStagedClean: 'lint-staged, `mi-codemod --check`, clean.ts staged',
  lintStagedLegacy: 'lint-staged, `mi-codemod --check`, legacy.ts staged',
  preCommitNoop: 'pre-commit run, a no-op hook (`true`), clean.ts staged',
  preCommitClean: 'pre-commit run, the mi-codemod hook, clean.ts staged',
  preCommitLegacy: 'pre-commit run, the mi-codemod hook, legacy.ts staged',
  eslintOneRule: 'ESLint, one core rule, clean.js',
  eslintPluginClean: 'ESLint, one core rule + the plugin, clean.js',
  eslintPluginLegacy: 'ESLint, one core rule + the plugin, legacy.js',
};

function latencySection(latency) {
  const { ratios: r, verdicts: v } = latency.evaluation;
  const node = latency.commands.nodeStart.medianMs;
  const lines = [
    '### Pre-commit latency: one staged file (ratios to `node -e 0` of the same run)',
    '',
    '| command | median s | min–max s | × node -e 0 | peak RSS MB | CPU s |',
    '|---|---|---|---|---|---|',
    ...Object.entries(latency.commands).map(
      ([name, s]) =>
        `| ${LATENCY_LABELS[name] ?? name} | ${seconds(s.medianMs)} | ${seconds(s.minMs)}–${seconds(s.maxMs)} | ${times(s.medianMs / node)} | ${fixed(s.peakRssMb)} | ${fixed(s.cpuSeconds, 2)} |`,
    ),
    '',
    `- one clean file, directly: **${times(r.checkClean)}** node -e 0 (target ≤ 2x) ${v.cleanFileWithin2xNode}`,
    `- one legacy file, directly: **${times(r.checkLegacy)}** node -e 0, against 2x node -e 0 plus the parse of that file = ${times(r.legacyTarget)} ${v.legacyFileWithin2xNodePlusParse}; without the compile cache ${times(r.checkLegacyNoCache)}`,
    `- through lint-staged: clean **${times(r.lintStagedClean)}** (target ≤ 2.5x) ${v.lintStagedClean}, legacy **${times(r.lintStagedLegacy)}** (target ≤ 5x) ${v.lintStagedLegacy}; lint-staged alone (no-op task) ${times(r.lintStagedNoop)}, so the tool's share is ${times(r.lintStagedCleanShare)} and ${times(r.lintStagedLegacyShare)}`,
    Number.isFinite(r.preCommitClean)
      ? `- through pre-commit: clean **${times(r.preCommitClean)}** (target ≤ 2.5x) ${v.preCommitClean}, legacy **${times(r.preCommitLegacy)}** (target ≤ 5x) ${v.preCommitLegacy}; pre-commit alone (no-op hook) ${times(r.preCommitNoop)}, so the tool's share is ${times(r.preCommitCleanShare)} and ${times(r.preCommitLegacyShare)}`
      : '- pre-commit: not installed',
    `- the tool's share through the hooks (hook − no-op hook): clean ${v.hookShareClean} (≤ 2.5x), legacy ${v.hookShareLegacy} (≤ 5x)`,
    `- through the hooks in the issue's seconds (clean ≤ 0.25 s, legacy ≤ 0.5 s; it timed \`node -e 0\` at 0.10 s): lint-staged ${seconds(latency.commands.lintStagedClean?.medianMs)} s ${v.lintStagedCleanSeconds} / ${seconds(latency.commands.lintStagedLegacy?.medianMs)} s ${v.lintStagedLegacySeconds}` +
      (Number.isFinite(r.preCommitClean)
        ? `, pre-commit ${seconds(latency.commands.preCommitClean?.medianMs)} s ${v.preCommitCleanSeconds} / ${seconds(latency.commands.preCommitLegacy?.medianMs)} s ${v.preCommitLegacySeconds}`
        : ''),
    `- ESLint start-up with the plugin / without: **${times(r.eslintPluginStartup)}**, ${fixed(r.eslintPluginRssMb)} MB more peak RSS (the compiler loads only for a file that passes the text scan: legacy.js ${times(r.eslintPluginLegacy)} node -e 0)`,
  ];
  return lines.join('\n');
}

function eslintSection(eslint) {
  const e = eslint.evaluation;
  return [
    `### ESLint over real code (${eslint.files.toLocaleString('en-US')} JavaScript files of this project's dependencies, ${(eslint.bytes / 1e6).toFixed(1)} MB)`,
    '',
    '| config | runs | median s | min–max s | peak RSS MB | CPU s |',
    '|---|---|---|---|---|---|',
    ...Object.entries(eslint.commands).map(
      ([name, s]) =>
        `| ${name === 'oneRule' ? 'one core rule (`no-debugger`)' : 'one core rule + `mi-codemod.configs.recommended`'} | ${s.runs} | ${seconds(s.medianMs)} | ${seconds(s.minMs)}–${seconds(s.maxMs)} | ${fixed(s.peakRssMb)} | ${fixed(s.cpuSeconds, 2)} |`,
    ),
    '',
    `- with the plugin / without: **${times(e.overhead)}** (target ≤ 1.05x) ${e.verdict}; in CPU time ${times(e.cpuOverhead)}`,
  ].join('\n');
}

/** The whole report as Markdown. */
export function renderReport(results) {
  const m = results.machine;
  const parts = [
    `## mi-codemod benchmark`,
    '',
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${(m.totalMemoryMb / 1024).toFixed(0)} GB RAM, Node ${m.node}, ${m.gitVersion}, ${m.ripgrep}, ${m.preCommit}; 1-min load average ${m.loadAverageAtStart} at start, ${m.loadAverageAtEnd} at end; peak RSS via ${results.rssMethod}; ${results.runs} runs per tree command (median), warm-up first; seed ${results.seed}.`,
    '',
    ...results.sizes.flatMap((size) => [treeSection(sizeTitle(size), size), '']),
  ];
  if (results.linearity.length && results.linearity[0].points.length > 1) parts.push(linearitySection(results.linearity), '');
  for (const tree of results.trees ?? []) parts.push(treeSection(namedTreeTitle(tree), tree), '');
  if (results.latency) parts.push(latencySection(results.latency), '');
  if (results.eslint) parts.push(eslintSection(results.eslint), '');
  if (results.notes.length) parts.push('Notes:', ...results.notes.map((note) => `- ${note}`), '');
  return parts.join('\n');
}
