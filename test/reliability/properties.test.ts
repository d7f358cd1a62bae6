// Property-based tests of the engine (analyseFile): files without a legacy pattern come back byte for
// byte; every generated legacy request is migrated completely, in the file's own byte style, once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { decoyProgram, renderDecoyProgram } from './support/decoyPrograms';
import {
  CLIENTS,
  EXTENSIONS,
  HOSTS,
  IDENTITIES,
  isGeneratable,
  LINE_ENDINGS,
  QUOTES,
  renderLegacyFile,
  renderLegacyFiles,
  shapeKey,
  URL_STYLES,
  VERBS,
  type LegacyCase,
  type RequestShape,
} from './support/legacyRequests';
import { migrationProblems } from './support/migrationChecks';

/** Fixed seed: the runs are the same every time; fast-check prints the seed and path of a failure. */
const SEED = 50342;

/**
 * Request shapes the engine reports for manual review instead of rewriting. Every entry must be a
 * documented limit (docs/reliability.md, "Documented limits"); the matrix test below keeps this list
 * exact, so a shape that starts or stops being rewritten shows up as a test failure.
 */
const DOCUMENTED_MANUAL_REVIEW_SHAPES: readonly string[] = [];

const legacyCase: fc.Arbitrary<LegacyCase> = fc
  .record({
    client: fc.constantFrom(...CLIENTS),
    urlStyle: fc.constantFrom(...URL_STYLES),
    host: fc.constantFrom(...HOSTS),
    verb: fc.constantFrom(...VERBS),
    withMetadata: fc.boolean(),
    identity: fc.constantFrom(...IDENTITIES),
    quote: fc.constantFrom(...QUOTES),
    eol: fc.constantFrom(...LINE_ENDINGS),
    bom: fc.boolean(),
    extension: fc.constantFrom(...EXTENSIONS),
  })
  .filter(isGeneratable);

function allShapes(): RequestShape[] {
  const shapes: RequestShape[] = [];
  for (const client of CLIENTS)
    for (const urlStyle of URL_STYLES)
      for (const host of HOSTS)
        for (const verb of VERBS)
          for (const withMetadata of [true, false])
            for (const identity of IDENTITIES) {
              const shape = { client, urlStyle, host, verb, withMetadata, identity };
              if (isGeneratable(shape)) shapes.push(shape);
            }
  return shapes;
}

/** True when the engine declined to rewrite and said so (an unfixed error finding). */
function isReportedForManualReview(findings: ReturnType<typeof analyseFile>['findings'], changed: boolean): boolean {
  return !changed && findings.some((finding) => finding.severity === 'error' && !finding.fix);
}

describe('files without a legacy pattern', () => {
  it('come back byte-identical, with no error finding', () => {
    fc.assert(
      fc.property(decoyProgram, (program) => {
        const { filename, text } = renderDecoyProgram(program);
        const result = analyseFile(text, { filename });
        expect(result.output).toBe(text);
        expect(result.changed).toBe(false);
        expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      }),
      { numRuns: 400, seed: SEED },
    );
  });

  it('hold no finding at all (decoys are not even warnings)', () => {
    fc.assert(
      fc.property(decoyProgram, (program) => {
        const { filename, text } = renderDecoyProgram(program);
        expect(analyseFile(text, { filename }).findings).toEqual([]);
      }),
      { numRuns: 200, seed: SEED + 1 },
    );
  });
});

describe('generated legacy requests', () => {
  it('are migrated completely in every byte style (random combinations)', () => {
    const manualReview = new Set<string>();
    fc.assert(
      fc.property(legacyCase, (legacy) => {
        const input = renderLegacyFile(legacy);
        const result = analyseFile(input.text, { filename: input.filename });
        if (isReportedForManualReview(result.findings, result.changed)) {
          manualReview.add(shapeKey(legacy));
          expect(result.output).toBe(input.text);
          return;
        }
        expect(migrationProblems(legacy, input, result)).toEqual([]);
      }),
      { numRuns: 500, seed: SEED },
    );
    expect([...manualReview].filter((key) => !DOCUMENTED_MANUAL_REVIEW_SHAPES.includes(key))).toEqual([]);
  });

  it('every request shape (the full client × URL × host × verb × header × identity matrix) is rewritten or a documented limit', () => {
    const shapes = allShapes();
    expect(shapes.length).toBe(1560);
    const failures: string[] = [];
    const reported: string[] = [];
    shapes.forEach((shape, index) => {
      // The byte style cycles with the index, so every shape is also seen in a CRLF/BOM/" file.
      const legacy: LegacyCase = {
        ...shape,
        quote: QUOTES[index % 2],
        eol: LINE_ENDINGS[Math.floor(index / 2) % 2],
        bom: Math.floor(index / 4) % 2 === 1,
        extension: EXTENSIONS[Math.floor(index / 8) % 2],
      };
      const input = renderLegacyFile(legacy);
      const result = analyseFile(input.text, { filename: input.filename });
      if (isReportedForManualReview(result.findings, result.changed)) {
        reported.push(shapeKey(shape));
        if (result.output !== input.text) failures.push(`${shapeKey(shape)}: reported but changed`);
        return;
      }
      const problems = migrationProblems(legacy, input, result);
      if (problems.length > 0) failures.push(`${shapeKey(shape)}: ${problems.join('; ')}`);
    });
    expect(failures).toEqual([]);
    expect(reported).toEqual(DOCUMENTED_MANUAL_REVIEW_SHAPES);
  });

  it('several requests in one file: each rewritten once (one api-version per request), the file in its byte style', () => {
    fc.assert(
      fc.property(fc.array(legacyCase, { minLength: 2, maxLength: 4 }), (cases) => {
        const input = renderLegacyFiles(cases);
        const result = analyseFile(input.text, { filename: input.filename });
        if (isReportedForManualReview(result.findings, result.changed)) {
          expect(result.output).toBe(input.text);
          expect(cases.map(shapeKey).filter((key) => DOCUMENTED_MANUAL_REVIEW_SHAPES.includes(key)).length).toBeGreaterThan(0);
          return;
        }
        const inStyle = cases.map((legacy) => ({
          ...legacy,
          quote: cases[0].quote,
          eol: cases[0].eol,
          bom: cases[0].bom,
          extension: cases[0].extension,
        }));
        expect(migrationProblems(inStyle, input, result)).toEqual([]);
      }),
      { numRuns: 150, seed: SEED + 3 },
    );
  });

  it('a rewritten file never changes a byte outside the request (prefix and suffix lines survive)', () => {
    fc.assert(
      fc.property(legacyCase, fc.constantFrom('\t', '  ', ''), (legacy, indent) => {
        const request = renderLegacyFile(legacy);
        const body = request.text.replace(/^\uFEFF/, '');
        const prefix = `${indent}/* keep: http://localhost:50342/oauth2/token */${legacy.eol}`;
        const suffix = `${legacy.eol}export const tail = 50342; // keep${legacy.eol}`;
        const text = (legacy.bom ? '\uFEFF' : '') + prefix + body + suffix;
        const result = analyseFile(text, { filename: request.filename });
        expect(result.changed).toBe(true);
        expect(result.output.startsWith((legacy.bom ? '\uFEFF' : '') + prefix)).toBe(true);
        expect(result.output.endsWith(suffix)).toBe(true);
      }),
      { numRuns: 150, seed: SEED + 2 },
    );
  });
});

describe('the checks themselves', () => {
  it('catch a broken migration (so the properties above can fail)', () => {
    const legacy: LegacyCase = {
      client: 'fetch',
      urlStyle: 'literal',
      host: 'localhost',
      verb: 'POST',
      withMetadata: false,
      identity: 'client_id',
      quote: "'",
      eol: '\r\n',
      bom: true,
      extension: 'ts',
    };
    const input = renderLegacyFile(legacy);
    const good = analyseFile(input.text, { filename: input.filename });
    expect(migrationProblems(legacy, input, good)).toEqual([]);
    const broken = good.output
      .replace(/^\uFEFF/, '')
      .replace('api-version=2018-02-01', 'api-version=2018-02-01&api-version=2018-02-01')
      .replace(/'GET'/, "'POST'")
      .replace(/\r\n/, '\n')
      .replace('client_id', 'clientId');
    const problems = migrationProblems(legacy, input, { ...good, output: broken });
    expect(problems).toEqual(
      expect.arrayContaining([
        '2 api-version occurrences for 1 request(s)',
        "a 'POST' verb is left",
        'identity parameter client_id lost',
        'BOM lost',
        'lone \\n or \\r in a CRLF file',
      ]),
    );
    expect(migrationProblems(legacy, input, { ...good, output: input.text, changed: false })).toEqual(
      expect.arrayContaining(['not rewritten', 'a loopback host is left in a literal', 'no Metadata: true header']),
    );
  });
});
