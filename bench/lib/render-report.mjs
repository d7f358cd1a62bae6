// The human report (Markdown, on stdout): one table per size, ratios with PASS/MISS, linearity.

const seconds = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–');
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const LABELS = {
  baseline: 'baseline (git ls-files + read + regex)',
  check: 'mi-codemod --check',
  checkNoCache: 'mi-codemod --check, no compile cache (a first run)',
  dry: 'mi-codemod --dry',
  jscodeshift: 'jscodeshift parse-only (--cpus=2)',
};

function commandRows(size) {
  return Object.entries(size.commands).map(([name, s]) => {
    const runs = s.estimated ? `est. from ${s.estimatedFrom}` : String(s.runs);
    const spread = s.estimated ? '–' : `${seconds(s.minMs)}–${seconds(s.maxMs)}`;
    return `| ${LABELS[name] ?? name} | ${runs} | ${seconds(s.medianMs)} | ${spread} | ${fixed(s.filesPerSecond)} | ${fixed(s.microsecondsPerFile)} | ${fixed(s.peakRssMb)} | ${fixed(s.cpuSeconds, 1)} | ${s.exitCodes.join(',') || '–'} |`;
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

function sizeSection(size) {
  const { evaluation: e } = size;
  const lines = [
    `### ${size.fileCount.toLocaleString('en-US')} files (${(size.totalBytes / 1e6).toFixed(1)} MB, ${size.manifest.legacy.length} legacy, ${size.manifest.decoys.length} decoys)`,
    '',
    '| command | runs | median s | min–max s | files/s | µs/file | peak RSS MB | CPU s | exit |',
    '|---|---|---|---|---|---|---|---|---|',
    ...commandRows(size),
    '',
    `- check / baseline: **${fixed(e.checkOverBaseline, 2)}x** (target ≤ 1.5x) ${e.verdicts.checkWithin1_5xBaseline}`,
    `- check without the compile cache / baseline: **${fixed(e.checkNoCacheOverBaseline, 2)}x** (a first run)`,
    `- dry / baseline: **${fixed(e.dryOverBaseline, 2)}x**`,
    `- jscodeshift / check: **${fixed(e.jscodeshiftOverCheck, 1)}x**${e.jscodeshiftEstimated ? ' (jscodeshift extrapolated)' : ''} (target ≥ 20x) ${e.verdicts.checkAtLeast20xFasterThanJscodeshift}`,
    `- peak RSS of --check/--dry: **${fixed(e.toolPeakRssMb)} MB** (target < 300 MB) ${e.verdicts.peakRssUnder300Mb}`,
  ];
  for (const [name, c] of Object.entries(size.coverage ?? {})) {
    const missed = c.missedLegacy.length ? ` — missed: ${listPlanted(c.missedLegacy)}` : '';
    const flagged = c.flaggedDecoys.length ? ` — decoys mentioned: ${listPlanted(c.flaggedDecoys)}` : '';
    lines.push(
      `- ${name} output names ${c.legacyReported}/${c.legacyTotal} legacy files, ${c.flaggedDecoys.length} decoys${missed}${flagged}`,
    );
  }
  return lines.join('\n');
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

/** The whole report as Markdown. */
export function renderReport(results) {
  const m = results.machine;
  const parts = [
    `## mi-codemod benchmark`,
    '',
    `Machine: ${m.cpuModel}, ${m.cpus} CPUs, ${(m.totalMemoryMb / 1024).toFixed(0)} GB RAM, Node ${m.node}, ${m.gitVersion}; 1-min load average ${m.loadAverageAtStart} at start, ${m.loadAverageAtEnd} at end; peak RSS via ${results.rssMethod}; ${results.runs} runs per command (median), warm-up first; seed ${results.seed}.`,
    '',
    ...results.sizes.map(sizeSection).flatMap((section) => [section, '']),
  ];
  if (results.linearity.length && results.linearity[0].points.length > 1) parts.push(linearitySection(results.linearity), '');
  if (results.notes.length) parts.push('Notes:', ...results.notes.map((note) => `- ${note}`), '');
  return parts.join('\n');
}
