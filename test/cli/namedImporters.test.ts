// A pre-commit or lint-staged run names only the staged files: an importer whose token URL comes from another
// module (through a re-export, a JSON module, a CommonJS default import, a class's static member) must fail
// `mi-codemod --check <importer>` although that module is not named. Each cross-file fixture with an alone.json
// is copied into a git repository and each file it lists is checked alone. Nothing is sent: the tool only reads files.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initCommittedRepo, makeTempDir, runBin } from './helpers';

const fixtures = path.resolve(__dirname, '../../__testfixtures__/cross-file');
const cases = fs
  .readdirSync(fixtures)
  .filter((name) => fs.existsSync(path.join(fixtures, name, 'alone.json')))
  .sort();
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('--check naming only the importer', () => {
  it('has the cases', () => expect(cases.length).toBeGreaterThanOrEqual(6));

  for (const name of cases) {
    it(name, () => {
      const root = makeTempDir('mi-codemod-named-');
      roots.push(root);
      fs.cpSync(path.join(fixtures, name, 'input'), root, { recursive: true });
      initCommittedRepo(root);
      for (const file of JSON.parse(fs.readFileSync(path.join(fixtures, name, 'alone.json'), 'utf8')) as string[]) {
        const result = runBin(root, ['--check', '--format', 'json', file]);
        expect({ file, code: result.code }, result.stderr).toEqual({ file, code: 1 });
        const findings = JSON.parse(result.stdout).findings as Array<{ file: string; ruleId: string; severity: string }>;
        expect(findings.filter((finding) => finding.file === file && finding.severity === 'error').length, file).toBeGreaterThan(0);
      }
    });
  }
});
