// Hostile and unusual source: every file is either processed or reported with its location, the run
// goes on to the other files, nothing overflows the stack, and the exit code is the documented one.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { lastLine, legacyLine, makeTempDir, migratedLine, runCli, writeTree } from './support/cli';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});
function project(files: Record<string, string>): string {
  const root = makeTempDir('mi-rel-bad-');
  roots.push(root);
  writeTree(root, files);
  return root;
}

const LEGACY = `${legacyLine('token')}\n`;
const MIGRATED = `${migratedLine('token')}\n`;

/** Files that do not parse, with where the parser stops. */
const UNPARSABLE: Record<string, { text: string; at: string }> = {
  'syntax-error.ts': { text: `// a\n${LEGACY}const x = ;\n`, at: '3:11' },
  'unterminated-string.js': { text: `// a\nconst u = 'http://localhost:50342/oauth2/token\n${LEGACY}`, at: '2:47' },
  'unterminated-template.ts': { text: `${LEGACY}const t = \`http://localhost:50342/oauth2/token?resource=\${r}\n`, at: '3:1' },
  'flow-exact-object.js': { text: `// @flow\n${LEGACY}type T = {| a: ?number |};\n`, at: '3:11' },
  'unclosed-brace.mjs': { text: `${LEGACY}export function f() {\n  if (x) {\n`, at: '4:1' },
};

/** Files that parse although they are unusual, and are migrated like any other. */
const PROCESSED: Record<string, string> = {
  'jsx-in.js': `${LEGACY}export const App = () => <div className="a">{token}</div>;\n`,
  'flow-annotations.js': `// @flow\n${LEGACY}function f(x: number): string { return String(x); }\n`,
  'decorators.ts': `${LEGACY}function Injectable(): ClassDecorator { return () => {}; }\n@Injectable()\nexport class S { @Reflect.metadata('k', 1) m() {} }\n`,
  'using.ts': `${LEGACY}export async function g() {\n  using a = { [Symbol.dispose]() {} };\n  await using b = { async [Symbol.asyncDispose]() {} };\n}\n`,
  'long-multiline-literal.ts': `${LEGACY}export const big = \`${`${'y'.repeat(99)}\n`.repeat(10_486)}\`;\n`,
  'ok.ts': LEGACY,
};

const ONE_MB_LITERAL = `${LEGACY}export const big = '${'x'.repeat(1024 * 1024)}';\n`;

/** Very deep expressions, each on many short lines so that the minified-file rule does not skip them. */
const DEEP: Record<string, string> = {
  'parens-20000.ts': `${LEGACY}export const p = ${'(\n'.repeat(20_000)}1${'\n)'.repeat(20_000)};\n`,
  'plus-chain-50000.ts': `export const u = 'http://localhost:50342/oauth2/token?resource='${'\n + a'.repeat(50_000)};\nfetch(u, { headers: { Metadata: 'true' } });\n`,
  'plus-chain-decoy.ts': `${LEGACY}export const s = 1${'\n + a'.repeat(50_000)};\n`,
  'nested-calls-10000.ts': `${LEGACY}export const c = ${'f(\n'.repeat(10_000)}1${'\n)'.repeat(10_000)};\n`,
  'nested-arrays-10000.js': `${LEGACY}export const c = ${'[\n'.repeat(10_000)}1${'\n]'.repeat(10_000)};\n`,
  'nested-objects-10000.ts': `${LEGACY}export const c = ${'{ a:\n'.repeat(10_000)}1${'\n}'.repeat(10_000)};\n`,
};

interface JsonReport {
  files: { file: string; changed: boolean; parseError?: { message: string; line: number; column: number } }[];
  findings: { file: string; ruleId: string; line: number; column: number }[];
  summary: { filesScanned: number; filesSkipped: number };
}

describe('unusual and broken source through the CLI', () => {
  const files: Record<string, string> = {
    ...Object.fromEntries(Object.entries(UNPARSABLE).map(([name, { text }]) => [name, text])),
    ...PROCESSED,
    'one-mb-literal.ts': ONE_MB_LITERAL,
  };

  it('--check reports each unparsable file at file:line:col, checks the rest, exits 2', () => {
    const root = project(files);
    const result = runCli(root, ['--check', '--format', 'json', '.']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    for (const [name, { at }] of Object.entries(UNPARSABLE)) {
      const entry = report.files.find((file) => file.file === name);
      expect(entry?.parseError, name).toBeDefined();
      expect(`${entry!.parseError!.line}:${entry!.parseError!.column}`, name).toBe(at);
      expect(
        report.findings.filter((finding) => finding.file === name).map((finding) => `${finding.ruleId}@${finding.line}:${finding.column}`),
        name,
      ).toEqual([`parse-error@${at}`]);
    }
    for (const name of Object.keys(PROCESSED)) {
      expect(
        report.findings.filter((finding) => finding.file === name && finding.ruleId === 'legacy-endpoint'),
        name,
      ).toHaveLength(1);
    }
    // A 1 MB line is the mark of a generated file: skipped with a note, not parsed.
    expect(result.stderr).toMatch(/note: skipped one-mb-literal\.ts: looks minified/);
    expect(report.summary.filesSkipped).toBe(1);
    const expectedList = Object.entries(UNPARSABLE)
      .map(([name, { at }]) => `${name}:${at}`)
      .sort()
      .join(', ');
    expect(lastLine(result.stderr)).toBe(
      `exit 2: ${Object.keys(UNPARSABLE).length} files could not be parsed and were left unchanged (${expectedList})`,
    );
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('fix mode leaves unparsable files byte-identical and migrates every other file', () => {
    const root = project(files);
    const result = runCli(root, ['.']);
    expect(result.code).toBe(2);
    expect(lastLine(result.stdout)).toMatch(/^exit 2: 5 files could not be parsed and were left unchanged/);
    for (const [name, { text }] of Object.entries(UNPARSABLE)) expect(fs.readFileSync(path.join(root, name), 'utf8'), name).toBe(text);
    for (const [name, text] of Object.entries(PROCESSED))
      expect(fs.readFileSync(path.join(root, name), 'utf8'), name).toBe(text.replace(LEGACY, MIGRATED));
    expect(fs.readFileSync(path.join(root, 'one-mb-literal.ts'), 'utf8')).toBe(ONE_MB_LITERAL);
  });

  it('the engine itself handles the 1 MB literal (front ends without the minified-file rule)', () => {
    const result = analyseFile(ONE_MB_LITERAL, { filename: 'big.ts' });
    expect(result.changed).toBe(true);
    expect(result.output).toBe(ONE_MB_LITERAL.replace(LEGACY, MIGRATED));
  });
});

describe('very deep expressions', () => {
  it('through the CLI: each is processed or reported as parse-error at file:line:col, with no stack overflow; the other files are still fixed', () => {
    const root = project({ ...DEEP, 'ok.ts': LEGACY });
    const check = runCli(root, ['--check', '--format', 'json', '.']);
    expect(check.stderr).not.toMatch(/Maximum call stack|RangeError|internal error/);
    expect([1, 2]).toContain(check.code);
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(report.summary.filesScanned).toBe(Object.keys(DEEP).length + 1);
    for (const name of Object.keys(DEEP)) {
      const entry = report.files.find((file) => file.file === name);
      const reported = report.findings.filter((finding) => finding.file === name).map((finding) => finding.ruleId);
      if (entry?.parseError) {
        expect(entry.parseError.line, name).toBeGreaterThan(0);
        expect(reported, name).toEqual(['parse-error']);
      } else {
        expect(reported, name).toContain('legacy-endpoint');
      }
    }
    const fix = runCli(root, ['.']);
    expect(fix.stderr).not.toMatch(/Maximum call stack|RangeError|internal error/);
    expect(fs.readFileSync(path.join(root, 'ok.ts'), 'utf8')).toBe(MIGRATED);
  });

  it('the engine (analyseFile, used by the ESLint rule and the transform) never throws on them', () => {
    for (const [name, text] of Object.entries(DEEP)) {
      let outcome: string;
      try {
        const result = analyseFile(text, { filename: name });
        outcome = result.parseError ? 'parse-error' : result.changed ? 'processed' : 'unchanged';
      } catch (error) {
        outcome = `threw ${(error as Error).name}: ${(error as Error).message}`;
      }
      expect(outcome, name).toMatch(/^(parse-error|processed)$/);
    }
  });
});
