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

export const TARGETS: { checkOverBaseline: number; jscodeshiftOverCheck: number; peakRssMb: number; perFileGrowth: number };
export function summarizeRuns(runs: MeasuredRun[], fileCount: number): CommandSummary;
export function extrapolate(measured: CommandSummary, fromFileCount: number, toFileCount: number): CommandSummary;
export function evaluateSize(commands: Partial<Record<'baseline' | 'check' | 'dry' | 'jscodeshift', CommandSummary>>): {
  checkOverBaseline: number;
  dryOverBaseline: number;
  checkNoCacheOverBaseline: number;
  jscodeshiftOverCheck: number;
  jscodeshiftEstimated: boolean;
  toolPeakRssMb: number;
  verdicts: { checkWithin1_5xBaseline: Verdict; checkAtLeast20xFasterThanJscodeshift: Verdict; peakRssUnder300Mb: Verdict };
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
