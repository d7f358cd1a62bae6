// Pure arithmetic over measured runs: medians, ratios, targets (PASS/MISS) and linearity.
import { median } from './measure.mjs';

/** The targets the issue sets; reported, never asserted. */
export const TARGETS = {
  checkOverBaseline: 1.5,
  jscodeshiftOverCheck: 20,
  peakRssMb: 300,
  /** Time per file may grow by at most this factor from one size to the next. */
  perFileGrowth: 1.25,
};

/** Summary of one command's runs at one size: median/min/max wall time, files/s, peak RSS, CPU. */
export function summarizeRuns(runs, fileCount) {
  const walls = runs.map((run) => run.wallMs);
  const medianMs = median(walls);
  return {
    runs: runs.length,
    medianMs,
    minMs: Math.min(...walls),
    maxMs: Math.max(...walls),
    filesPerSecond: fileCount / (medianMs / 1000),
    microsecondsPerFile: (medianMs * 1000) / fileCount,
    peakRssMb: Math.max(...runs.map((run) => run.peakRssMb)),
    cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
    exitCodes: [...new Set(runs.map((run) => run.exitCode))],
    estimated: false,
    wallTimesMs: walls.map((ms) => Math.round(ms)),
  };
}

/** A jscodeshift figure extrapolated linearly from a measured size (jscodeshift is per-file work). */
export function extrapolate(measured, fromFileCount, toFileCount) {
  const medianMs = (measured.medianMs / fromFileCount) * toFileCount;
  return {
    runs: 0,
    medianMs,
    minMs: NaN,
    maxMs: NaN,
    filesPerSecond: toFileCount / (medianMs / 1000),
    microsecondsPerFile: measured.microsecondsPerFile,
    peakRssMb: NaN,
    cpuSeconds: NaN,
    exitCodes: [],
    estimated: true,
    estimatedFrom: fromFileCount,
  };
}

const ratio = (numerator, denominator) => (numerator && denominator ? numerator.medianMs / denominator.medianMs : NaN);
const verdict = (ok, value) => (Number.isNaN(value) ? 'n/a' : ok ? 'PASS' : 'MISS');

/** Ratios and verdicts for one size: check/baseline, dry/baseline, jscodeshift/check, peak RSS. */
export function evaluateSize(commands) {
  const checkOverBaseline = ratio(commands.check, commands.baseline);
  const dryOverBaseline = ratio(commands.dry, commands.baseline);
  const checkNoCacheOverBaseline = ratio(commands.checkNoCache, commands.baseline);
  const jscodeshiftOverCheck = ratio(commands.jscodeshift, commands.check);
  const toolRssMb = Math.max(commands.check?.peakRssMb ?? NaN, commands.dry?.peakRssMb ?? NaN);
  return {
    checkOverBaseline,
    dryOverBaseline,
    checkNoCacheOverBaseline,
    jscodeshiftOverCheck,
    jscodeshiftEstimated: Boolean(commands.jscodeshift?.estimated),
    toolPeakRssMb: toolRssMb,
    verdicts: {
      checkWithin1_5xBaseline: verdict(checkOverBaseline <= TARGETS.checkOverBaseline, checkOverBaseline),
      checkAtLeast20xFasterThanJscodeshift: verdict(jscodeshiftOverCheck >= TARGETS.jscodeshiftOverCheck, jscodeshiftOverCheck),
      peakRssUnder300Mb: verdict(toolRssMb < TARGETS.peakRssMb, toolRssMb),
    },
  };
}

/**
 * Time per file of `command` across sizes (ascending), the marginal cost between neighbouring sizes,
 * and a verdict: PASS when time per file never grows by more than TARGETS.perFileGrowth.
 */
export function evaluateLinearity(sizes, command) {
  const points = sizes
    .filter((size) => size.commands[command] && !size.commands[command].estimated)
    .map((size) => ({
      fileCount: size.fileCount,
      microsecondsPerFile: size.commands[command].microsecondsPerFile,
      medianMs: size.commands[command].medianMs,
    }))
    .sort((a, b) => a.fileCount - b.fileCount);
  const steps = points.slice(1).map((point, i) => ({
    from: points[i].fileCount,
    to: point.fileCount,
    perFileGrowth: point.microsecondsPerFile / points[i].microsecondsPerFile,
    marginalMicrosecondsPerFile: ((point.medianMs - points[i].medianMs) * 1000) / (point.fileCount - points[i].fileCount),
  }));
  // Where the line through the two smallest sizes meets zero files: start-up and other fixed costs.
  const fixedCostMs = steps.length ? points[0].medianMs - (steps[0].marginalMicrosecondsPerFile * points[0].fileCount) / 1000 : NaN;
  const verdictText = steps.length === 0 ? 'n/a' : steps.every((step) => step.perFileGrowth <= TARGETS.perFileGrowth) ? 'PASS' : 'MISS';
  return { command, points, steps, fixedCostMs, verdict: verdictText };
}
