// The text scan blanks only what is certainly a comment (src/engine/certainComments.ts). Checked on
// chosen cases, then against the TypeScript parser itself: over generated programs and every fixture,
// no character the lexer blanks may belong to a token of the parsed file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankCertainComments } from '../../src/engine/certainComments';
import { ts } from '../../src/engine/typescript';

const blank = (text: string, jsx = false) => blankCertainComments(text, jsx);
/** `text` with each of `comments` (found in order) turned to spaces, line breaks kept. */
function without(text: string, ...comments: string[]): string {
  let result = text;
  let from = 0;
  for (const comment of comments) {
    const at = result.indexOf(comment, from);
    result = result.slice(0, at) + comment.replace(/[^\r\n]/g, ' ') + result.slice(at + comment.length);
    from = at + comment.length;
  }
  return result;
}

describe('blankCertainComments', () => {
  it('blanks line and block comments, keeping line breaks', () => {
    const text = 'a = 1; // http://localhost:50342\r\n/* x\n y */ b = 2;';
    expect(blank(text)).toBe(without(text, '// http://localhost:50342', '/* x\n y */'));
  });

  it.each([
    ["s = 'a // b';"],
    ['s = "a /* b */";'],
    ['t = `a // ${b + `c // ${d}`} e // f`;'],
    ['r = /\\/\\/ x/g;'],
    ['r = /[/*]/.test(s); q = "*/";'],
    ['if (x) /a\\/\\//.test(y);'],
    ["s = 'a\\\n// still the string';"],
  ])('keeps %s, which holds no comment', (text) => {
    expect(blank(text)).toBe(text);
  });

  it('tells a regular expression from a division where the tokens before it decide', () => {
    for (const code of [
      'a = (b) / c;',
      'a = b[0] / c++ / 2;',
      'a = x.default / 2;',
      'return /[/*]/;',
      'if (a) /[/*]/.test(b);',
      'x = y => /[/*]/;',
    ]) {
      expect(blank(`${code} // x`)).toBe(`${code}     `);
    }
  });

  it.each([
    ['if (a) {} /[/*]/.test(b); // c'],
    ['a = b! / 2; // c'],
    ['a = b as Array<number> / 2; // c'],
    ['export default /[/*]/; // c'],
    ['for (const x of /[/*]/.exec(s)) {} // c'],
    ['const \\u0061 = 1; // c'],
    ["s = 'unterminated\n// c"],
    ['x = /unterminated\n// c'],
  ])('stops where only the parser could tell: %s', (text) => {
    expect(blank(text)).toBe(text);
  });

  it('stops at JSX when the file may hold it', () => {
    const text = 'const e = <p>// text</p>; // c';
    expect(blank(text, true)).toBe(text);
    expect(blank('const a = b < c; // c', true)).toBe(without('const a = b < c; // c', '// c'));
  });
});

/** The [start, end) of every token of the parsed file (comments are trivia, never inside one). */
function tokenSpans(text: string, filename: string): Array<[number, number]> | undefined {
  const kind = filename.endsWith('.tsx') ? ts.ScriptKind.TSX : filename.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  // As the engine parses: JSDoc is not parsed, so it stays a comment.
  const sourceFile = ts.createSourceFile(
    filename,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    true,
    kind,
  );
  if ((sourceFile as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) return undefined;
  const spans: Array<[number, number]> = [];
  const visit = (node: ts.Node): void => {
    const children = node.getChildren(sourceFile);
    if (children.length === 0) {
      if (node.kind !== ts.SyntaxKind.EndOfFileToken && node.end > node.getStart(sourceFile))
        spans.push([node.getStart(sourceFile), node.end]);
      return;
    }
    children.forEach(visit);
  };
  visit(sourceFile);
  return spans;
}

/** Fails when a blanked character lies inside a token; returns whether the text parsed (and so was checked). */
function checkAgainstParser(text: string, filename: string): boolean {
  const spans = tokenSpans(text, filename);
  if (!spans) return false;
  const blanked = blankCertainComments(text, !/\.(?:ts|mts|cts)$/.test(filename));
  expect(blanked.length).toBe(text.length);
  const inToken = new Uint8Array(text.length + 1);
  for (const [start, end] of spans) inToken.fill(1, start, end);
  for (let index = 0; index < text.length; index++) {
    if (blanked[index] !== text[index]) {
      expect(inToken[index], `${filename}: blanked code at ${index} in:\n${text}`).toBe(0);
      expect(blanked[index]).toBe(' ');
    }
  }
  return true;
}

const FRAGMENTS = [
  'const a = 1;',
  'a = b / c;',
  'x = /re\\/g/g;',
  'y = /[/*]/.test(s);',
  'if (x) /ab/.test(y);',
  'z = (a) / 2;',
  'w = f(x) / 3 / g;',
  'v = arr[0] / 4;',
  "s = 'str // not a comment';",
  'd = "dq /* not */";',
  't = `a ${b + `c // ${d}`} e // f`;',
  '// line comment http://localhost:50342/oauth2/token',
  '/* block http://localhost:50342/oauth2/token */',
  '/** doc */',
  'x = a++ / 2;',
  'y = + /re/.source;',
  'function f() { return a / b; }',
  'function g() { return /x\\//; }',
  '{ }',
  'label: { }',
  'o = { a: 1 };',
  'class K { m() { return 1; } }',
  'x = a.default / 2;',
  'x = a.delete / 2;',
  'x = a?.b / 2;',
  'a /= 2;',
  'x = a < b / c;',
  'if (a) {} /re/.test(b);',
  'x = {} / 2;',
  'q = `${`${`deep`}`}` // after',
  'n = 1.5 / .5;',
  'u = [...b, /x/];',
  "s2 = 'a\\\nb // inside';",
  'm = a\u00a0/ 2;',
  'k = c ? /y/ : d / 2;',
  'e = "\\"// in dq";',
  'while (i) /w/.exec(s);',
  'for (;;) break;',
  'x = y! / 2;',
  'if (a) {} /[/*]/.test(b);',
  "c2 = '*/';",
  'g2 = x! /y/ 1;',
  "i2 = j as Array<number> / k + '/' + m; e2 = '//' + 'x';",
  'd2 = [/[/*]/];',
  'type G = Array<number>;',
  'h = <T,>(p: T) => p;',
  'i = j as number / 2;',
  'r = a => /r/.test(a);',
];
const JSX_FRAGMENTS = ['const el = <div>// text {x}</div>;', 'const e2 = <a href="//x">t</a>;', 'const e3 = (<b>/* no */</b>);'];

describe('blankCertainComments against the TypeScript parser', () => {
  it('never blanks a token of a generated program', () => {
    let checked = 0;
    const programs = (pool: string[]) =>
      fc.array(fc.tuple(fc.constantFrom(...pool), fc.constantFrom('\n', ' ', '\r\n', ' // tail\n', '/*c*/')), {
        minLength: 1,
        maxLength: 14,
      });
    fc.assert(
      fc.property(programs(FRAGMENTS), fc.boolean(), (parts, asTsx) => {
        const text = parts.map(([fragment, gap]) => fragment + gap).join('');
        if (checkAgainstParser(text, asTsx ? 'a.tsx' : 'a.ts')) checked++;
      }),
      { numRuns: 1500, seed: 20261201 },
    );
    fc.assert(
      fc.property(
        programs([...FRAGMENTS.filter((fragment) => !fragment.includes('<T,>') && !fragment.includes(' as ')), ...JSX_FRAGMENTS]),
        (parts) => {
          if (checkAgainstParser(parts.map(([fragment, gap]) => fragment + gap).join(''), 'a.tsx')) checked++;
        },
      ),
      { numRuns: 500, seed: 20261202 },
    );
    expect(checked).toBeGreaterThan(600); // most generated programs parse, so the check is real
  });

  it('never blanks a token of a fixture, a behavioural case or a benchmark snippet', () => {
    const repo = path.resolve(__dirname, '../..');
    const under = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        return statSync(full).isDirectory() ? under(full) : /\.[cm]?[jt]sx?$/.test(entry) ? [full] : [];
      });
    const files = [
      ...under(path.join(repo, '__testfixtures__')),
      ...under(path.join(repo, 'test/behaviour/cases')),
      ...under(path.join(repo, 'examples')),
    ];
    let checked = 0;
    for (const file of files)
      if (checkAgainstParser(readFileSync(file, 'utf8'), file.replace(/\.(?:input|output)\./, '.').replace(/\.[cm]([jt]s)$/, '.$1')))
        checked++;
    expect(checked).toBeGreaterThan(100);
  });
});
