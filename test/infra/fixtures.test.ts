import { diffChars } from 'diff';
import { parseTree, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/engine/applyEdits';
import { analyseFixture, fixtureCases, readFixture } from './fixtureCases';

describe.each(fixtureCases())('infra fixture $name', ({ inputFile, outputFile, isDecoy }) => {
  const input = readFixture(inputFile);
  const result = analyseFixture(input, inputFile);

  if (isDecoy) {
    it('comes back byte-identical with no finding', () => {
      expect(result.findings).toEqual([]);
      expect(result.output).toBe(input);
      expect(result.changed).toBe(false);
    });
    return;
  }

  it('reports the Managed Identity extension', () => {
    expect(result.findings.some((finding) => finding.ruleId === 'vm-extension-provisioning')).toBe(true);
    for (const finding of result.findings) {
      expect(input.slice(finding.start, finding.end).length).toBeGreaterThan(0);
      expect(finding.loc.start.line).toBeLessThanOrEqual(finding.loc.end.line);
    }
  });

  if (!outputFile) {
    it('is report-only: unchanged, no finding carries a fix', () => {
      expect(result.output).toBe(input);
      expect(result.findings.every((finding) => finding.fix === undefined)).toBe(true);
    });
    return;
  }

  const expected = readFixture(outputFile);

  it('migrates to the expected output', () => {
    expect(result.output).toBe(expected);
    expect(result.changed).toBe(true);
  });

  it('comes back unchanged when run again', () => {
    const again = analyseFixture(expected, outputFile);
    expect(again.output).toBe(expected);
    expect(again.findings.filter((finding) => finding.fix !== undefined)).toEqual([]);
  });

  it("only deletes, or puts a removed extension's own dependsOn entries in place of entries pointing at it", () => {
    const edits = result.findings.flatMap((finding) => finding.fix ?? []);
    expect(applyEdits(input, edits)).toBe(expected);
    const inserts = edits.filter((edit) => edit.text !== '');
    for (const edit of inserts) {
      // Only strings copied from the input, each replacing one dependsOn string of the input.
      expect(input.slice(edit.start, edit.end)).toMatch(/^"[^"]*"$/);
      for (const piece of edit.text.match(/"[^"]*"/g) ?? []) expect(input).toContain(piece);
    }
    // Independently of the edits: a character diff from input to output adds nothing (without carried entries).
    if (inserts.length === 0) expect(diffChars(input, expected).filter((part) => part.added)).toEqual([]);
  });

  it('keeps every identity block', () => {
    const identities = (text: string): number => (text.match(/\bidentity\b\s*["']?\s*[:={]/g) ?? []).length;
    expect(identities(expected)).toBe(identities(input));
  });

  if (/\.jsonc?$/.test(outputFile)) {
    it('still parses as JSON with comments', () => {
      const errors: ParseError[] = [];
      const text = expected.replace(/^\uFEFF/, ' ');
      const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
      expect(errors).toEqual([]);
      expect(root?.type).toBe('object');
    });
  }
});
