// The ARM kind's re-parse net: a removal plan whose result is not JSON is never applied, every fix
// becoming a manual-review finding (unless the caller never writes nor shows the text: verifyOutput
// false, the CLI's --check). No real plan is known to break a template, so the list-element removal is
// corrupted here: each of its runs also inserts a stray `}`.
import { describe, expect, it, vi } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { readFixture } from './fixtureCases';

const corruption = vi.hoisted(() => ({ on: false }));

vi.mock('../../src/extension/removeListElements', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extension/removeListElements')>();
  return {
    ...original,
    removeListElements: (...args: Parameters<typeof original.removeListElements>) =>
      original
        .removeListElements(...args)
        .map((run) =>
          corruption.on ? { ...run, edits: [{ start: run.edits[0].start, end: run.edits[0].start, text: '}' }, ...run.edits] } : run,
        ),
  };
});

const INPUT = readFixture('arm-top-level-dependson.input.json');

describe('the ARM re-parse net', () => {
  it('applies a plan whose output is JSON', () => {
    corruption.on = false;
    expect(analyseFile(INPUT, { filename: 'azuredeploy.json' }).changed).toBe(true);
  });

  it('refuses a plan whose output is not JSON: nothing changes, every fix goes to manual review', () => {
    corruption.on = true;
    const result = analyseFile(INPUT, { filename: 'azuredeploy.json' });
    expect(result.output).toBe(INPUT);
    expect(result.changed).toBe(false);
    expect(result.findings.every((finding) => !finding.fix)).toBe(true);
    const refused = result.findings.filter((finding) => finding.ruleId === 'manual-review');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].message).toMatch(/could not rewrite this safely \(the template would not be valid JSON \(\w+\)\)/);
  });

  it('is skipped with verifyOutput false', () => {
    corruption.on = true;
    expect(analyseFile(INPUT, { filename: 'azuredeploy.json', verifyOutput: false }).changed).toBe(true);
  });
});
