// The quote style a rewrite uses for the literals it adds: the one the file uses most.
import { describe, expect, it } from 'vitest';
import { preferredQuote } from '../../src/engine/ast/quotes';
import { FileScope } from '../../src/engine/ast/scope';
import { parseSource } from '../../src/engine/parse';

const quoteOf = (text: string, filename = 'a.ts') => preferredQuote(new FileScope(parseSource(text, filename).sourceFile));

describe('preferredQuote', () => {
  it('is the quote most string literals use, single on a tie or without literals', () => {
    expect(quoteOf(`const a = "x"; const b = "y"; const c = 'z';`)).toBe('"');
    expect(quoteOf(`const a = 'x'; const b = "y";`)).toBe("'");
    expect(quoteOf('const a = `x`; const b = 1;')).toBe("'");
  });

  it('reads literals with escaped or other quotes inside, and JSX attribute strings', () => {
    expect(quoteOf(`const a = "it's"; const b = "say \\"hi\\""; const c = 'x';`)).toBe('"');
    expect(quoteOf(`const e = <a href="x" title="y">{'z'}</a>;`, 'a.tsx')).toBe('"');
  });

  it('counts the first 200 literals met, in source order', () => {
    const singles = Array.from({ length: 200 }, (_, i) => `'s${i}'`).join(', ');
    const doubles = Array.from({ length: 300 }, (_, i) => `"d${i}"`).join(', ');
    expect(quoteOf(`const a = [${singles}];\nconst b = [${doubles}];`)).toBe("'");
    expect(quoteOf(`const b = [${doubles}];\nconst a = [${singles}];`)).toBe('"');
  });
});
