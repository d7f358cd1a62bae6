import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/engine/applyEdits';
import { jsonCommaFinder } from '../../src/infra/arm/jsonCommaFinder';
import { removeListElements } from '../../src/extension/removeListElements';

/** Removes the array elements at `indexes` from the JSON array in `text`. */
function remove(text: string, indexes: number[]): string {
  const array = parseTree(text, [], { allowTrailingComma: true })!;
  const elements = array.children!.map((node) => ({ start: node.offset, end: node.offset + node.length }));
  const runs = removeListElements(text, elements, new Set(indexes), jsonCommaFinder(text));
  return applyEdits(
    text,
    runs.flatMap((run) => run.edits),
  );
}

describe('removeListElements', () => {
  const lines = '[\n  1,\n  2,\n  3\n]';
  it('removes the first, a middle and the last element with their own line and one comma', () => {
    expect(remove(lines, [0])).toBe('[\n  2,\n  3\n]');
    expect(remove(lines, [1])).toBe('[\n  1,\n  3\n]');
    expect(remove(lines, [2])).toBe('[\n  1,\n  2\n]');
    expect(remove(lines, [1, 2])).toBe('[\n  1\n]');
    expect(remove(lines, [0, 2])).toBe('[\n  2\n]');
    expect(remove(lines, [0, 1, 2])).toBe('[\n]');
  });

  it('works on one line and with CRLF', () => {
    expect(remove('[1, 2, 3]', [0])).toBe('[2, 3]');
    expect(remove('[1, 2, 3]', [2])).toBe('[1, 2]');
    expect(remove('[1]', [0])).toBe('[]');
    expect(remove('[\r\n  1,\r\n  2\r\n]', [1])).toBe('[\r\n  1\r\n]');
    expect(remove('[\r\n  1,\r\n  2\r\n]', [0])).toBe('[\r\n  2\r\n]');
  });

  it('keeps comments between elements; a trailing comment on the element line goes with it', () => {
    expect(remove('[\n  1, // one\n  // about two\n  2\n]', [1])).toBe('[\n  1 // one\n  // about two\n]');
    expect(remove('[\n  1, // one\n  2\n]', [0])).toBe('[\n  2\n]');
    expect(remove('[\n  1,\n  2, // trailing comma\n]', [1])).toBe('[\n  1,\n]');
    // With no comma of its own (last or only element), the element still takes its line's `//` comment.
    expect(remove('[\n  1, // one\n  2 // two\n]', [1])).toBe('[\n  1 // one\n]');
    expect(remove('[\n  // about one\n  1 // one\n]', [0])).toBe('[\n  // about one\n]');
    expect(remove('[\r\n  1,\r\n  2 // two\r\n]', [1])).toBe('[\r\n  1\r\n]');
  });
});
