import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/engine/applyEdits';
import { LineIndex } from '../../src/engine/positions';

describe('applyEdits', () => {
  it('replaces ranges and copies every other byte, CRLF and BOM included', () => {
    const text = '\uFEFFa\r\nbcd\r\n';
    expect(
      applyEdits(text, [
        { start: 5, end: 6, text: 'X' },
        { start: 1, end: 1, text: '>' },
      ]),
    ).toBe('\uFEFF>a\r\nbXd\r\n');
  });

  it('drops an edit proposed twice and refuses overlapping ones', () => {
    expect(
      applyEdits('abc', [
        { start: 1, end: 2, text: 'B' },
        { start: 1, end: 2, text: 'B' },
      ]),
    ).toBe('aBc');
    expect(() =>
      applyEdits('abc', [
        { start: 0, end: 2, text: 'x' },
        { start: 1, end: 3, text: 'y' },
      ]),
    ).toThrow(/overlapping/);
    expect(
      applyEdits('abc', [
        { start: 1, end: 1, text: 'x' },
        { start: 1, end: 1, text: 'y' },
        { start: 1, end: 2, text: 'B' },
      ]),
    ).toBe('axyBc');
  });
});

describe('LineIndex', () => {
  it('counts CRLF, LF and CR line breaks', () => {
    const index = new LineIndex('a\r\nb\nc\rd');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(5)).toEqual({ line: 3, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
  });

  it('gives every offset of a file without CR (found by indexOf) the line and column counted by hand', () => {
    for (const text of ['', '\n', 'a', 'ab\n\ncd\n', '\nx\n\n\ny', 'const a = 1;\n  b();\n\u2028c\n']) {
      const index = new LineIndex(text);
      let line = 1;
      let column = 1;
      for (let offset = 0; offset <= text.length; offset++) {
        expect(index.position(offset)).toEqual({ line, column });
        if (text[offset] === '\n') {
          line++;
          column = 1;
        } else column++;
      }
    }
  });
});
