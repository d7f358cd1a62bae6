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

  it('only deletes: the output is the input with some ranges removed', () => {
    const edits = result.findings.flatMap((finding) => finding.fix ?? []);
    expect(edits.every((edit) => edit.text === '')).toBe(true);
    expect(applyEdits(input, edits)).toBe(expected);
    // Independently of the edits: a character diff from input to output adds nothing.
    expect(diffChars(input, expected).filter((part) => part.added)).toEqual([]);
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
