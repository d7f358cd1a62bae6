import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/engine/applyEdits';
import type { FileResult, Finding } from '../../src/engine/types';
import { changedRegionEdit, wholeFileEdits } from '../../src/eslint/wholeFileEdits';

function finding(fix: Finding['fix']): Finding {
  return {
    ruleId: 'legacy-endpoint',
    severity: 'error',
    message: 'm',
    start: 0,
    end: 1,
    loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    fix,
  };
}

function result(findings: Finding[], output: string, input: string): FileResult {
  return { filename: 'a.js', findings, output, changed: output !== input };
}

describe('wholeFileEdits', () => {
  it('is undefined when the engine leaves the file unchanged', () => {
    expect(wholeFileEdits('abc', result([finding([{ start: 0, end: 1, text: 'x' }])], 'abc', 'abc'))).toBeUndefined();
  });

  it("collects every finding's edits, sorted, with shared duplicates dropped", () => {
    const input = 'aaa bbb ccc';
    const edits = wholeFileEdits(
      input,
      result(
        [
          finding([{ start: 8, end: 11, text: 'C' }]),
          finding([
            { start: 0, end: 3, text: 'A' },
            { start: 8, end: 11, text: 'C' },
          ]),
        ],
        'A bbb C',
        input,
      ),
    );
    expect(edits).toEqual([
      { start: 0, end: 3, text: 'A' },
      { start: 8, end: 11, text: 'C' },
    ]);
  });

  it('falls back to one edit reproducing the output when the edits do not', () => {
    const input = 'aaa bbb ccc';
    const edits = wholeFileEdits(input, result([finding([{ start: 0, end: 3, text: 'A' }])], 'A bbb CCC', input));
    expect(edits).toEqual([{ start: 0, end: 11, text: 'A bbb CCC' }]);
  });

  it('falls back when the changed output comes with no edits at all', () => {
    expect(wholeFileEdits('one\r\n', result([], 'two\r\n', 'one\r\n'))).toEqual([{ start: 0, end: 3, text: 'two' }]);
  });
});

describe('changedRegionEdit', () => {
  it('applied to the first text always yields the second', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        expect(applyEdits(before, [changedRegionEdit(before, after)])).toBe(after);
      }),
    );
  });

  it('keeps the common prefix and suffix out of the edit', () => {
    expect(changedRegionEdit('\uFEFFa = 1;\r\n', '\uFEFFa = 22;\r\n')).toEqual({ start: 5, end: 6, text: '22' });
  });
});
