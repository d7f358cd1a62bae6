// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// A finding's message says what is wrong; what its fix does is `fixDescription`, which each front end
// puts in its own voice (findingText): "Would be rewritten …" in --check, --dry and ESLint reports. Over
// every fixture, example and behaviour case, in both Markdown modes, a finding has a description exactly
// when it has a fix, and no message claims a fix was applied.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile, isSupportedFile } from '../../src/analyseFile';
import { findingText } from '../../src/engine/findingText';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE_DIRS = ['__testfixtures__', 'examples', 'test/behaviour/cases', 'test/behaviour/known-good'];

/** "Rewritten to", "is removed", "Removes …": a message in the voice of a fix already applied. */
const APPLIED_VOICE = /(?<!would be |not |never )\b(?:rewritten to|(?:is|are) (?:removed|deleted|added))\b|\bRemoves\b/;

function walk(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(path.join(directory, entry.name)) : [path.join(directory, entry.name)]));
}

/** Every input sample, with the name the engine should see (`<case>.input.ts` is analysed as `<case>.ts`). */
function samples(): Array<{ file: string; filename: string }> {
  return SAMPLE_DIRS.flatMap((directory) => walk(path.join(ROOT, directory)))
    .filter((file) => !/\.output\.[^/]*$/.test(file))
    .map((file) => ({ file, filename: path.relative(ROOT, file).replace(/\.input(?=\.[^/]*$)/, '') }))
    .filter(({ filename }) => isSupportedFile(filename));
}

describe('fix descriptions', () => {
  const analysed = samples().flatMap(({ file, filename }) =>
    [false, true].map((includeDocs) => ({
      filename,
      includeDocs,
      result: analyseFile(fs.readFileSync(file, 'utf8'), { filename, includeDocs }),
    })),
  );

  it('covers a few hundred findings, fixable and not', () => {
    const findings = analysed.flatMap(({ result }) => result.findings);
    expect(findings.filter((finding) => finding.fix).length).toBeGreaterThan(100);
    expect(findings.filter((finding) => !finding.fix).length).toBeGreaterThan(100);
  });

  it('are present exactly on findings with a fix', () => {
    const mismatched = analysed.flatMap(({ filename, includeDocs, result }) =>
      result.findings
        .filter((finding) => (finding.fix === undefined) !== (finding.fixDescription === undefined))
        .map((finding) => `${filename}${includeDocs ? ' (includeDocs)' : ''}: ${finding.ruleId}: ${finding.message}`),
    );
    expect(mismatched).toEqual([]);
  });

  it('keep the applied voice out of every message', () => {
    const claiming = analysed.flatMap(({ filename, result }) =>
      result.findings.filter((finding) => APPLIED_VOICE.test(finding.message)).map((finding) => `${filename}: ${finding.message}`),
    );
    expect(claiming).toEqual([]);
  });

  it('read as a sentence after the message in both voices', () => {
    for (const { result } of analysed) {
      for (const finding of result.findings.filter((candidate) => candidate.fixDescription)) {
        expect(finding.fixDescription).toMatch(/^[a-z][^]*[^.]$/);
        expect(findingText(finding, 'proposed')).toBe(`${finding.message} Would be ${finding.fixDescription}.`);
        expect(findingText(finding, 'applied')).toMatch(/\. [A-Z][^]*\.$/);
        expect(findingText(finding, undefined)).toBe(finding.message);
      }
    }
  });
});
