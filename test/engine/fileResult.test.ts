// The one result assembler every analyser hands its drafts to: order, positions, the all-or-nothing
// rule (as the drafts' `blocksFile` says), the overlap and re-parse nets, and edits for other files.
import { describe, expect, it } from 'vitest';
import { assembleFileResult, parseFailureResult, withStackGuard } from '../../src/engine/fileResult';
import type { DraftFinding } from '../../src/engine/types';

const TEXT = 'one\r\ntwo three\nfour';

function draft(start: number, end: number, extra: Partial<DraftFinding> = {}): DraftFinding {
  return { ruleId: 'legacy-endpoint', severity: 'error', message: `at ${start}`, start, end, ...extra };
}

const replace = (start: number, end: number, text: string) => [{ start, end, text }];

describe('assembleFileResult', () => {
  it('orders the findings by position, adds 1-based lines and columns, and applies every fix', () => {
    const result = assembleFileResult(TEXT, 'a.sh', [
      draft(15, 19, { fix: replace(15, 19, '4') }),
      draft(5, 8, { fix: replace(5, 8, '2') }),
      draft(5, 5, { ruleId: 'no-timeout', severity: 'warning' }),
    ]);
    expect(result.output).toBe('one\r\n2 three\n4');
    expect(result.changed).toBe(true);
    expect(result.findings.map((finding) => [finding.start, finding.end, finding.loc.start, finding.loc.end])).toEqual([
      [5, 5, { line: 2, column: 1 }, { line: 2, column: 1 }],
      [5, 8, { line: 2, column: 1 }, { line: 2, column: 4 }],
      [15, 19, { line: 3, column: 1 }, { line: 3, column: 5 }],
    ]);
    expect(result.findings.map((finding) => Object.keys(finding).includes('blocksFile'))).toEqual([false, false, false]);
  });

  it('applies nothing while a draft marked blocksFile has no fix, and says why on each withheld fix', () => {
    const result = assembleFileResult(TEXT, 'a.sh', [
      draft(5, 8, { fix: replace(5, 8, '2'), blocksFile: true }),
      draft(15, 19, { ruleId: 'manual-review', blocksFile: true }),
    ]);
    expect(result.output).toBe(TEXT);
    expect(result.changed).toBe(false);
    expect(result.findings[0].fix).toBeUndefined();
    expect(result.findings[0].message).toBe(
      'at 5 Not rewritten: this file also has items that need manual review, and a file is never left half-migrated.',
    );
    expect(result.findings[1].message).toBe('at 15');
  });

  it('lets report-only drafts that block nothing stand beside fixes (each infrastructure removal stands alone)', () => {
    const result = assembleFileResult(TEXT, 'a.tf', [draft(0, 3), draft(5, 8, { fix: replace(5, 8, '2'), blocksFile: true })]);
    expect(result.output).toBe('one\r\n2 three\nfour');
    expect(result.findings.map((finding) => Boolean(finding.fix))).toEqual([false, true]);
  });

  it('refuses overlapping fixes: nothing applies, and each fix becomes a manual-review item', () => {
    const result = assembleFileResult(TEXT, 'main.tf', [
      draft(5, 13, { fix: replace(5, 13, 'x') }),
      draft(9, 18, { fix: replace(9, 18, 'y') }),
    ]);
    expect(result.output).toBe(TEXT);
    expect(result.findings.map((finding) => [finding.ruleId, finding.fix])).toEqual([
      ['manual-review', undefined],
      ['manual-review', undefined],
    ]);
    expect(result.findings[0].message).toContain('could not rewrite this safely (two rewrites in this file overlap)');
    expect(result.findings[0].message).toContain('at 5');
  });

  it('runs the kind’s re-parse net on the migrated text, and refuses the plan when it fails', () => {
    const seen: string[] = [];
    const refusing = (output: string) => (seen.push(output), 'it would not parse');
    const result = assembleFileResult(TEXT, 'a.json', [draft(0, 3, { fix: replace(0, 3, '1') }), draft(15, 19)], refusing);
    expect(seen).toEqual(['1\r\ntwo three\nfour']);
    expect(result.output).toBe(TEXT);
    expect(result.changed).toBe(false);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['manual-review', 'legacy-endpoint']);
    expect(result.findings[0].message).toContain('(it would not parse)');
    const accepting = assembleFileResult(TEXT, 'a.json', [draft(0, 3, { fix: replace(0, 3, '1') })], () => undefined);
    expect(accepting.output).toBe('1\r\ntwo three\nfour');
  });

  it('hands edits that name another file to externalEdits, and withholds them with the file’s own', () => {
    const fix = [
      { start: 0, end: 3, text: '1' },
      { start: 2, end: 4, text: 'x', filename: 'lib/url.ts' },
    ];
    const result = assembleFileResult(TEXT, 'a.ts', [draft(0, 3, { fix })]);
    expect(result.output).toBe('1\r\ntwo three\nfour');
    expect(result.findings[0].fix).toEqual([{ start: 0, end: 3, text: '1' }]);
    expect(result.externalEdits).toEqual([{ start: 2, end: 4, text: 'x', filename: 'lib/url.ts' }]);
    const blocked = assembleFileResult(TEXT, 'a.ts', [draft(0, 3, { fix }), draft(5, 8, { blocksFile: true })]);
    expect(blocked.externalEdits).toBeUndefined();
  });
});

describe('parse failures', () => {
  it('reports one parse-error at the given span and changes nothing', () => {
    const result = parseFailureResult(TEXT, 'a.json', { reason: 'bad', message: 'Could not parse (bad)', start: 5, end: 8 });
    expect(result).toEqual({
      filename: 'a.json',
      findings: [
        {
          ruleId: 'parse-error',
          severity: 'error',
          message: 'Could not parse (bad)',
          start: 5,
          end: 8,
          loc: { start: { line: 2, column: 1 }, end: { line: 2, column: 4 } },
        },
      ],
      output: TEXT,
      changed: false,
      parseError: { message: 'bad', loc: { line: 2, column: 1 } },
    });
  });

  it('turns a stack overflow of an analyser into a parse-error at the deepest bracket, and rethrows anything else', () => {
    const text = 'a(b[c{d}])';
    const result = withStackGuard(text, 'a.ts', () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(result.parseError?.message).toMatch(/nested too deeply/);
    expect(result.findings[0].start).toBe(text.indexOf('{'));
    expect(() =>
      withStackGuard(text, 'a.ts', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
  });
});
