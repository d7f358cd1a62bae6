// Types for summarize.mjs.

export interface MeasuredRun {
  wallMs: number;
  peakRssMb: number;
  cpuSeconds: number;
  exitCode: number | null;
}

export interface CommandSummary {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  filesPerSecond: number;
  microsecondsPerFile: number;
  peakRssMb: number;
  cpuSeconds: number;
  exitCodes: (number | null)[];
  estimated: boolean;
  estimatedFrom?: number;
  /** Every timed run, in order. */
  wallTimesMs?: number[];
}

export type Verdict = 'PASS' | 'MISS' | 'n/a';

export const TARGETS: {
  checkOverBaseline: number;
  checkOverRipgrep: number;
  jscodeshiftOverCheck: number;
  peakRssMb: number;
  firstRunOverWarm: number;
  perFileGrowth: number;
  cleanFileOverNode: number;
  hookCleanOverNode: number;
  hookLegacyOverNode: number;
  eslintPluginOverhead: number;
};
export function summarizeRuns(runs: MeasuredRun[], fileCount: number): CommandSummary;
export function extrapolate(measured: CommandSummary, fromFileCount: number, toFileCount: number): CommandSummary;
export function evaluateSize(
  commands: Partial<Record<'baseline' | 'ripgrep' | 'check' | 'checkNoCache' | 'dry' | 'jscodeshift', CommandSummary>>,
): {
  checkOverBaseline: number;
  checkCpuOverBaseline: number;
  checkOverRipgrep: number;
  firstRunOverWarm: number;
  dryOverBaseline: number;
  checkNoCacheOverBaseline: number;
  jscodeshiftOverCheck: number;
  jscodeshiftEstimated: boolean;
  toolPeakRssMb: number;
  verdicts: {
    checkWithin1_5xBaseline: Verdict;
    checkWithin3xRipgrep: Verdict;
    firstRunWithin1_2xWarm: Verdict;
    checkAtLeast20xFasterThanJscodeshift: Verdict;
    peakRssWithin150Mb: Verdict;
  };
};
export function evaluateLatency(commands: Partial<Record<string, CommandSummary>> & { nodeStart: CommandSummary }): {
  ratios: Record<string, number>;
  verdicts: Record<
    | 'cleanFileWithin2xNode'
    | 'legacyFileWithin2xNodePlusParse'
    | 'lintStagedClean'
    | 'lintStagedLegacy'
    | 'preCommitClean'
    | 'preCommitLegacy'
    | 'hookShareClean'
    | 'hookShareLegacy',
    Verdict
  >;
};
export function evaluateEslint(commands: Partial<Record<'oneRule' | 'withPlugin', CommandSummary>>): {
  overhead: number;
  cpuOverhead: number;
  verdict: Verdict;
};
export function evaluateLinearity(
  sizes: { fileCount: number; commands: Partial<Record<string, CommandSummary>> }[],
  command: string,
): {
  command: string;
  points: { fileCount: number; microsecondsPerFile: number; medianMs: number }[];
  steps: { from: number; to: number; perFileGrowth: number; marginalMicrosecondsPerFile: number }[];
  fixedCostMs: number;
  verdict: Verdict;
};
