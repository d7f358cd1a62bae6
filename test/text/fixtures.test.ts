// One data-driven test for every fixture under __testfixtures__/text:
//   <case>.input.<ext>   the file as the user has it; its name minus `.input` is the filename analysed
//                        (folders included, so `.github/workflows/x.input.yml` is read as a workflow);
//   <case>.output.<ext>  the expected migrated text (absent: the file must come back byte-identical);
//   <case>.expect.json   the expected findings `{ includeDocs?, findings: [{ ruleId, severity, line }] }`.
// A case with neither output nor expect file is a decoy: byte-identical and no finding at all.
// Configuration files (config/: JSON, YAML, .env, INI, .properties, TOML) go through analyseFile, as the CLI reads
// them: JSON is read with ARM templates, the others by the config kind (src/fileKinds.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import type { FileResult } from '../../src/engine/types';
import { fileKindOf, mayContainPattern } from '../../src/fileKinds';
import { analyseManifest, isManifestFile } from '../../src/infra/lockfiles';
import { analyseTextFile, isTextInfraFile, textFileMayContainPattern } from '../../src/infra/text';

const ROOT = path.resolve(__dirname, '../../__testfixtures__/text');

interface Expectation {
  includeDocs?: boolean;
  findings: Array<{ ruleId: string; severity: string; line: number }>;
}

function inputsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return inputsUnder(full);
    return entry.name.includes('.input.') ? [full] : [];
  });
}

function analyse(text: string, filename: string, includeDocs: boolean): FileResult {
  if (isManifestFile(filename)) return analyseManifest(text, { filename });
  if (isConfigFixture(filename)) return analyseFile(text, { filename });
  const result = analyseTextFile(text, { filename, includeDocs });
  if (!result) throw new Error(`${filename} is not recognised as a text infrastructure file`);
  return result;
}

/** A configuration file: read by the kind that reads JSON, or by the config kind. */
function isConfigFixture(filename: string): boolean {
  const kind = fileKindOf(filename)?.name;
  return kind === 'arm' || kind === 'config';
}

const cases = inputsUnder(ROOT).map((input) => {
  const relative = path.relative(ROOT, input).split(path.sep).join('/');
  const outputPath = input.replace('.input.', '.output.');
  const expectPath = input.replace(/\.input\.[^/\\]*$/, '.expect.json');
  return {
    name: relative,
    filename: relative.replace('.input.', '.'),
    input: readFileSync(input, 'utf8'),
    output: existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined,
    expectation: existsSync(expectPath) ? (JSON.parse(readFileSync(expectPath, 'utf8')) as Expectation) : undefined,
  };
});

describe('text fixtures', () => {
  it('finds the fixture set', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  for (const fixture of cases) {
    const includeDocs = fixture.expectation?.includeDocs === true;

    it(`${fixture.name}`, () => {
      expect(isTextInfraFile(fixture.filename) || isManifestFile(fixture.filename) || isConfigFixture(fixture.filename)).toBe(true);
      const result = analyse(fixture.input, fixture.filename, includeDocs);
      const summary = result.findings.map(({ ruleId, severity, loc }) => ({ ruleId, severity, line: loc.start.line }));

      if (fixture.output !== undefined) {
        expect(result.output).toBe(fixture.output);
        expect(result.changed).toBe(true);
        expect(result.findings.some((finding) => finding.fix)).toBe(true);
      } else {
        expect(result.output).toBe(fixture.input);
        expect(result.changed).toBe(false);
        expect(result.findings.filter((finding) => finding.fix)).toEqual([]);
      }
      if (fixture.expectation) expect(summary).toEqual(fixture.expectation.findings);
      if (!fixture.output && !fixture.expectation) expect(summary).toEqual([]);
      if (summary.length > 0 && isConfigFixture(fixture.filename)) expect(mayContainPattern(fixture.input, fixture.filename)).toBe(true);
      else if (summary.length > 0 && !isManifestFile(fixture.filename))
        expect(textFileMayContainPattern(fixture.input, fixture.filename)).toBe(true);
    });

    if (fixture.output !== undefined) {
      it(`${fixture.name}: the output is stable when migrated again`, () => {
        const again = analyse(fixture.output!, fixture.filename, includeDocs);
        expect(again.output).toBe(fixture.output);
        expect(again.findings.filter((finding) => finding.fix)).toEqual([]);
        // What remains is report-only by design (extension provisioning, documentation), never a legacy call.
        const legacyCalls = again.findings.filter(
          (finding) => finding.severity === 'error' && ['legacy-endpoint', 'manual-review', 'dead-port-config'].includes(finding.ruleId),
        );
        expect(legacyCalls).toEqual([]);
      });
    }
  }

  it('keeps CRLF fixtures CRLF (a checkout that normalised them would hide byte-preservation bugs)', () => {
    const crlf = cases.filter((fixture) => fixture.name.includes('crlf'));
    expect(crlf.map((fixture) => path.extname(fixture.filename)).sort()).toEqual(expect.arrayContaining(['.ps1', '.sh']));
    for (const fixture of crlf) {
      expect(fixture.input).toMatch(/\r\n/);
      expect(fixture.input.replace(/\r\n/g, '')).not.toMatch(/\n/);
      if (fixture.output !== undefined) expect(fixture.output.replace(/\r\n/g, '')).not.toMatch(/\n/);
    }
  });
});
