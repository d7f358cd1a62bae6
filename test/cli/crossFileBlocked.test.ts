// A directory run over a module whose legacy URL another file uses in a way the tool leaves as it is (Cloud
// Shell's own client): the module and its VM importer must not be rewritten behind that file's back.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCommittedRepo, makeTempDir, runBin, writeTree } from './helpers';

const FIXTURE = path.resolve(__dirname, '../../__testfixtures__/cross-file/shared-with-local-token-service/input');

let root: string;
let files: Record<string, string>;
beforeAll(() => {
  root = makeTempDir('mi-codemod-blocked-');
  files = Object.fromEntries(fs.readdirSync(FIXTURE).map((file) => [file, fs.readFileSync(path.join(FIXTURE, file), 'utf8')]));
  writeTree(root, files);
  initCommittedRepo(root);
});
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('a legacy URL shared with Cloud Shell’s own client', () => {
  it('is reported in all three files and rewritten in none', () => {
    const check = runBin(root, ['--check', '--format', 'json']);
    expect(check.code, check.stderr).toBe(1);
    const findings = JSON.parse(check.stdout).findings as Array<{ file: string; ruleId: string; severity: string }>;
    expect(
      findings
        .filter((finding) => finding.ruleId === 'manual-review')
        .map((finding) => finding.file)
        .sort(),
    ).toEqual(['endpoints.js', 'shellToken.js', 'vmToken.js']);
    const fix = runBin(root, []);
    expect(fix.code, fix.stderr).toBe(1);
    for (const [file, text] of Object.entries(files)) expect(fs.readFileSync(path.join(root, file), 'utf8'), file).toBe(text);
  });
});
