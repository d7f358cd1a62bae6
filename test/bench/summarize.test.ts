import { describe, expect, it } from 'vitest';
import { plantedFilesMentioned } from '../../bench/lib/coverage.mjs';
import {
  evaluateEslint,
  evaluateLatency,
  evaluateLinearity,
  evaluateSize,
  extrapolate,
  summarizeRuns,
  type MeasuredRun,
} from '../../bench/lib/summarize.mjs';

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
      ripgrep: summarizeRuns(runs(500), 1000),
      check: summarizeRuns(runs(1400), 1000),
      checkNoCache: summarizeRuns(runs(1600), 1000),
      dry: summarizeRuns(runs(1600), 1000),
      jscodeshift: summarizeRuns(runs(40_000), 1000),
    });
    expect(fast.checkOverBaseline).toBeCloseTo(1.4);
    expect(fast.checkOverRipgrep).toBeCloseTo(2.8);
    expect(fast.firstRunOverWarm).toBeCloseTo(1.6 / 1.4);
    expect(fast.toolPeakRssMb).toBe(100); // runs(): 100 MB for the first run of each command
    expect(fast.verdicts).toEqual({
      checkWithin1_5xBaseline: 'PASS',
      checkWithin3xRipgrep: 'PASS',
      firstRunWithin1_2xWarm: 'PASS',
      checkAtLeast20xFasterThanJscodeshift: 'PASS',
      peakRssWithin150Mb: 'PASS',
    });
    const slow = evaluateSize({ baseline, check: summarizeRuns(runs(2500), 1000), checkNoCache: summarizeRuns(runs(3100), 1000) });
    expect(slow.verdicts.checkWithin1_5xBaseline).toBe('MISS');
    expect(slow.verdicts.firstRunWithin1_2xWarm).toBe('MISS');
    expect(slow.verdicts.checkWithin3xRipgrep).toBe('n/a');
    expect(slow.verdicts.checkAtLeast20xFasterThanJscodeshift).toBe('n/a');
  });

  it("states the pre-commit rows as ratios to node -e 0 of the same run, the hook managers' own cost taken out", () => {
    const one = (ms: number) => summarizeRuns(runs(ms), 1);
    const latency = evaluateLatency({
      nodeStart: one(100),
      parseLegacy: one(300),
      checkClean: one(180),
      checkLegacy: one(390),
      lintStagedNoop: one(400),
      lintStagedClean: one(600),
      lintStagedLegacy: one(800),
      eslintOneRule: one(500),
      eslintPluginClean: one(520),
    });
    expect(latency.ratios.checkClean).toBeCloseTo(1.8);
    // 2x node -e 0 plus the parse (parse-one.cjs minus Node's start): 200 + 200 ms = 4x.
    expect(latency.ratios.legacyTarget).toBeCloseTo(4);
    expect(latency.ratios.lintStagedCleanShare).toBeCloseTo(2);
    expect(latency.ratios.lintStagedLegacyShare).toBeCloseTo(4);
    expect(latency.ratios.eslintPluginStartup).toBeCloseTo(1.04);
    expect(latency.verdicts).toMatchObject({
      cleanFileWithin2xNode: 'PASS',
      legacyFileWithin2xNodePlusParse: 'PASS',
      lintStagedClean: 'MISS', // 6x
      lintStagedLegacy: 'MISS', // 8x
      preCommitClean: 'n/a',
      hookShareClean: 'PASS',
      hookShareLegacy: 'PASS',
    });
    expect(
      evaluateLatency({ nodeStart: one(100), parseLegacy: one(300), checkLegacy: one(410) }).verdicts.legacyFileWithin2xNodePlusParse,
    ).toBe('MISS');
  });

  it("measures the ESLint plugin's share of a lint run", () => {
    expect(evaluateEslint({ oneRule: summarizeRuns(runs(10_000), 2000), withPlugin: summarizeRuns(runs(10_400), 2000) })).toMatchObject({
      verdict: 'PASS',
    });
    expect(evaluateEslint({ oneRule: summarizeRuns(runs(10_000), 2000), withPlugin: summarizeRuns(runs(10_600), 2000) }).verdict).toBe(
      'MISS',
    );
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
