// One data-driven test over __testfixtures__/engine: every `<case>.input.<ext>` with a
// `<case>.output.<ext>` must become exactly that output and stay unchanged when migrated again;
// inputs under decoys/ must come back byte-identical with no finding; every other input without an
// output must come back byte-identical, with its findings reported (and none of them fixable).
// Known gaps (./knownGaps.ts) run the same assertions as expected failures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { migrateSource } from '../../src/engine/migrateSource';
import { EXPECTED_OUTPUTS_STILL_FLAGGED, KNOWN_FIXTURE_GAPS } from './knownGaps';

const root = path.resolve(__dirname, '../../__testfixtures__/engine');

interface FixtureCase {
  name: string;
  inputPath: string;
  outputPath?: string;
}

function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const family of readdirSync(root).sort()) {
    for (const file of readdirSync(path.join(root, family)).sort()) {
      const match = /^(.*)\.input\.([a-z]+)$/.exec(file);
      if (!match) continue;
      const outputPath = path.join(root, family, `${match[1]}.output.${match[2]}`);
      cases.push({
        name: `${family}/${file}`,
        inputPath: path.join(root, family, file),
        outputPath: existsSync(outputPath) ? outputPath : undefined,
      });
    }
  }
  return cases;
}

function summary(findings: ReturnType<typeof migrateSource>['findings']): string[] {
  return findings.map(
    (finding) =>
      `${finding.loc.start.line}:${finding.loc.start.column} ${finding.severity} ${finding.ruleId}${finding.fix ? ' (fixable)' : ''}`,
  );
}

const cases = fixtureCases();

describe('engine fixtures', () => {
  it('has fixtures in every family', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it('lists as known gaps only fixtures that exist', () => {
    const names = new Set(cases.map((fixture) => fixture.name));
    expect(Object.keys(KNOWN_FIXTURE_GAPS).filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(EXPECTED_OUTPUTS_STILL_FLAGGED).filter((name) => !KNOWN_FIXTURE_GAPS[name])).toEqual([]);
  });

  for (const fixture of cases) {
    const gap = KNOWN_FIXTURE_GAPS[fixture.name];
    if (gap && fixture.outputPath) {
      // The expected output of a gap is itself a finished migration: the engine leaves it as it is.
      const flagged = EXPECTED_OUTPUTS_STILL_FLAGGED[fixture.name];
      const title = `${fixture.name}: the expected output needs nothing more`;
      (flagged ? it.fails : it)(flagged ? `${title} (known gap: ${flagged})` : title, () => {
        const expected = readFileSync(fixture.outputPath!, 'utf8');
        const filename = path.basename(fixture.outputPath!).replace('.output.', '.');
        const again = migrateSource(expected, { filename });
        expect(again.output).toBe(expected);
        expect(again.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      });
    }
    (gap ? it.fails : it)(gap ? `${fixture.name} (known gap: ${gap})` : fixture.name, () => {
      const input = readFileSync(fixture.inputPath, 'utf8');
      const filename = path.basename(fixture.inputPath).replace('.input.', '.');
      const result = migrateSource(input, { filename });
      if (fixture.outputPath) {
        const expected = readFileSync(fixture.outputPath, 'utf8');
        expect(result.output).toBe(expected);
        expect(result.findings.filter((finding) => finding.ruleId === 'manual-review')).toEqual([]);
        expect(result.findings.some((finding) => finding.fix)).toBe(true);
        // Idempotent: the migrated file holds nothing left to migrate.
        const again = migrateSource(result.output, { filename });
        expect(again.output).toBe(result.output);
        expect(again.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      } else {
        expect(result.output).toBe(input);
        expect(result.changed).toBe(false);
        expect(result.findings.every((finding) => !finding.fix)).toBe(true);
        if (fixture.name.startsWith('decoys/')) expect(result.findings).toEqual([]);
        else expect(result.findings.length).toBeGreaterThan(0);
      }
      // The front ends' entry (analyseFile: the text scan, then the engine) gives the very same result.
      const viaTextScan = analyseFile(input, { filename });
      expect({ output: viaTextScan.output, changed: viaTextScan.changed, findings: viaTextScan.findings }).toEqual({
        output: result.output,
        changed: result.changed,
        findings: result.findings,
      });
      // No fixture's plan needs the safety-net re-parse: without it (--check) the result is the same.
      expect(migrateSource(input, { filename, verifyOutput: false })).toEqual(result);
      expect(summary(result.findings)).toMatchSnapshot();
    });
  }
});
