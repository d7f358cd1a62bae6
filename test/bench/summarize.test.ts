import { describe, expect, it } from 'vitest';
import { plantedFilesMentioned } from '../../bench/lib/coverage.mjs';
import { evaluateLinearity, evaluateSize, extrapolate, summarizeRuns, type MeasuredRun } from '../../bench/lib/summarize.mjs';

const runs = (...wallMs: number[]): MeasuredRun[] =>
  wallMs.map((ms, i) => ({ wallMs: ms, peakRssMb: 100 + i, cpuSeconds: ms / 1000, exitCode: 1 }));

describe('benchmark arithmetic', () => {
  it('reports the median run, files per second and the largest peak RSS', () => {
    const summary = summarizeRuns(runs(900, 1000, 5000, 1100, 950), 10_000);
    expect(summary.medianMs).toBe(1000);
    expect(summary.minMs).toBe(900);
    expect(summary.maxMs).toBe(5000);
    expect(summary.filesPerSecond).toBe(10_000);
    expect(summary.microsecondsPerFile).toBe(100);
    expect(summary.peakRssMb).toBe(104);
  });

  it('turns ratios into PASS and MISS against the targets', () => {
    const baseline = summarizeRuns(runs(1000), 1000);
    const fast = evaluateSize({
      baseline,
      check: summarizeRuns(runs(1400), 1000),
      dry: summarizeRuns(runs(1600), 1000),
      jscodeshift: summarizeRuns(runs(40_000), 1000),
    });
    expect(fast.checkOverBaseline).toBeCloseTo(1.4);
    expect(fast.verdicts).toEqual({
      checkWithin1_5xBaseline: 'PASS',
      checkAtLeast20xFasterThanJscodeshift: 'PASS',
      peakRssUnder300Mb: 'PASS',
    });
    const slow = evaluateSize({ baseline, check: summarizeRuns(runs(2500), 1000) });
    expect(slow.verdicts.checkWithin1_5xBaseline).toBe('MISS');
    expect(slow.verdicts.checkAtLeast20xFasterThanJscodeshift).toBe('n/a');
  });

  it('extrapolates jscodeshift per file and marks it as estimated', () => {
    const measured = summarizeRuns(runs(100_000), 20_000);
    const estimate = extrapolate(measured, 20_000, 50_000);
    expect(estimate.medianMs).toBe(250_000);
    expect(estimate.estimated).toBe(true);
    expect(evaluateSize({ check: summarizeRuns(runs(5000), 50_000), jscodeshift: estimate }).jscodeshiftEstimated).toBe(true);
  });

  it('calls growth linear while the time per file does not climb, and finds the fixed cost', () => {
    const size = (fileCount: number, ms: number) => ({ fileCount, commands: { check: summarizeRuns(runs(ms), fileCount) } });
    const linear = evaluateLinearity([size(20_000, 2300), size(5000, 800), size(50_000, 5300)], 'check');
    expect(linear.points.map((p) => p.fileCount)).toEqual([5000, 20_000, 50_000]);
    expect(linear.steps[0].marginalMicrosecondsPerFile).toBeCloseTo(100);
    expect(linear.fixedCostMs).toBeCloseTo(300);
    expect(linear.verdict).toBe('PASS');
    expect(evaluateLinearity([size(5000, 500), size(20_000, 4000)], 'check').verdict).toBe('MISS');
  });

  it('counts the planted files an output names, with Windows separators too', () => {
    const manifest = {
      legacy: [
        { path: 'a/legacy.ts', variant: 'fetch-post-form' },
        { path: 'b/missed.ts', variant: 'request-form' },
      ],
      decoys: [{ path: 'c/decoy.ts', variant: 'aad-login' }],
    };
    const result = plantedFilesMentioned(manifest, 'a\\legacy.ts:3:10 error legacy-endpoint\nc/decoy.ts:1:1 error');
    expect(result.legacyReported).toBe(1);
    expect(result.missedLegacy.map((entry) => entry.path)).toEqual(['b/missed.ts']);
    expect(result.flaggedDecoys.map((entry) => entry.path)).toEqual(['c/decoy.ts']);
  });
});
