// The engine's last net as a user meets it: JavaScript and TypeScript files that hold the extension's host, port
// and token path apart (joined by util.format, a URL filled in field by field, Array.prototype.join), copied into
// a git repository, then `mi-codemod --check`. Each must fail the check at its host literal; the decoy (a dev API
// on port 50342 beside Entra ID's token path) must pass. Nothing is sent: the tool only reads files.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCommittedRepo, makeTempDir, runBin, writeTree } from './helpers';

const ENGINE_FIXTURES = path.resolve(__dirname, '../../__testfixtures__/engine');
const LEGACY: Record<string, { fixture: string; line: number }> = {
  'src/identity/formatToken.js': { fixture: 'manual/util-format-port.input.js', line: 7 },
  'src/identity/urlFields.js': { fixture: 'manual/url-object-filled-by-fields.input.js', line: 5 },
  'src/identity/joined.ts': { fixture: 'manual/host-and-port-joined-by-array.input.ts', line: 2 },
};
const DECOY = { file: 'src/web/devApi.ts', fixture: 'decoys/dev-server-50342-and-entra-token.input.ts' };

let root: string;
beforeAll(() => {
  root = makeTempDir('mi-codemod-scattered-');
  const files = Object.fromEntries(
    [...Object.entries(LEGACY).map(([file, { fixture }]) => [file, fixture]), [DECOY.file, DECOY.fixture]].map(([file, fixture]) => [
      file,
      fs.readFileSync(path.join(ENGINE_FIXTURES, fixture), 'utf8'),
    ]),
  );
  writeTree(root, files);
  initCommittedRepo(root);
});
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('--check on the extension held in pieces', () => {
  it('fails on each file at its host, for manual review, and passes the decoy', () => {
    const result = runBin(root, ['--check', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Array<{ file: string; line: number; ruleId: string; severity: string }>;
    for (const [file, { line }] of Object.entries(LEGACY))
      expect(
        findings.filter((finding) => finding.file === file).map(({ ruleId, severity, line }) => ({ ruleId, severity, line })),
        file,
      ).toEqual([{ ruleId: 'manual-review', severity: 'error', line }]);
    expect(findings.filter((finding) => finding.file === DECOY.file)).toEqual([]);
  });

  it('names file:line in the default report', () => {
    const result = runBin(root, ['--check', 'src/identity/formatToken.js']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/src\/identity\/formatToken\.js\n\s+7:\d+\s+error\s+manual-review/);
  });
});
