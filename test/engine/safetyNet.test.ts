// No request leaves this file: 169.254.169.254 appears here only as text in the engine's output. Every test also runs
// behind test/setup/no-real-network.ts, which refuses any socket to a non-loopback address.
// The engine's safety net (the re-parse migrateSource hands assembleFileResult): a plan whose migrated
// text would not parse is never applied, every fix becoming a manual-review finding, unless the caller
// says it never writes nor shows that text (verifyOutput false, the CLI's --check). A plan that breaks
// the file is made here by corrupting applyEdits' output; no real plan is known to (the fixtures check
// verifyOutput false changes nothing for any of them).
// No request is sent: the engine only turns text into text (and test/setup/no-real-network.ts makes any
// non-loopback socket throw).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrateSource } from '../../src/engine/migrateSource';
import { corruption, LEGACY_REQUEST as LEGACY } from './corruptibleEdits';

vi.mock('../../src/engine/applyEdits', (importOriginal) =>
  import('./corruptibleEdits.js').then((module) => module.corruptibleApplyEdits(importOriginal)),
);
afterEach(() => {
  corruption.on = false;
});

describe('the safety-net re-parse', () => {
  it('applies a plan whose output parses', () => {
    const result = migrateSource(LEGACY, { filename: 'a.ts' });
    expect(result.changed).toBe(true);
    expect(result.output).toContain('169.254.169.254');
  });

  it('refuses a plan whose output would not parse: nothing changes, every fix goes to manual review', () => {
    corruption.on = true;
    const result = migrateSource(LEGACY, { filename: 'a.ts' });
    expect(result.changed).toBe(false);
    expect(result.output).toBe(LEGACY);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((finding) => !finding.fix)).toBe(true);
    expect(result.findings.map((finding) => finding.ruleId)).toContain('manual-review');
    expect(result.findings.find((finding) => finding.ruleId === 'manual-review')?.message).toContain(
      'the tool could not rewrite this safely (the rewrite would not parse)',
    );
  });

  it('is skipped with verifyOutput false: the findings are those of the plan, fixes included', () => {
    const planned = migrateSource(LEGACY, { filename: 'a.ts' });
    corruption.on = true;
    const unverified = migrateSource(LEGACY, { filename: 'a.ts', verifyOutput: false });
    expect(unverified.findings).toEqual(planned.findings);
    expect(unverified.changed).toBe(true);
  });
});
