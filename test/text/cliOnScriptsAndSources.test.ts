// The other-language, script and templated fixtures as a user meets them: copied into a git repository under
// their real names, then `mi-codemod --check`, `--dry` and a plain run of the built CLI. No request is sent:
// the tool only reads and writes files (test/setup/no-real-network.ts guards the test process).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCommittedRepo, makeTempDir, runBin, writeTree } from '../cli/helpers';

const TEXT_FIXTURES = path.resolve(__dirname, '../../__testfixtures__/text');
const INFRA_FIXTURES = path.resolve(__dirname, '../../__testfixtures__/infra');
const FOLDERS = ['scripts', 'docker', 'pipelines', 'sources', 'decoys', '.github'];

interface Case {
  /** The file's name in the repository (`sources/fstring-port.py`). */
  file: string;
  input: string;
  output?: string;
  expected?: Array<{ ruleId: string; severity: string; line: number }>;
  decoy: boolean;
}

function inputsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return inputsUnder(full);
    return entry.name.includes('.input.') ? [full] : [];
  });
}

function caseOf(input: string, file: string, decoy?: boolean): Case {
  const output = input.replace('.input.', '.output.');
  const expectFile = input.replace(/\.input\.[^/\\]*$/, '.expect.json');
  return {
    file,
    input: fs.readFileSync(input, 'utf8'),
    output: fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : undefined,
    expected: fs.existsSync(expectFile) ? JSON.parse(fs.readFileSync(expectFile, 'utf8')).findings : undefined,
    // As in the fixture test: a case with neither an output nor expected findings is a decoy.
    decoy: decoy ?? (!fs.existsSync(output) && !fs.existsSync(expectFile)),
  };
}

const cases: Case[] = [
  ...FOLDERS.flatMap((folder) =>
    inputsUnder(path.join(TEXT_FIXTURES, folder)).map((input) =>
      caseOf(input, path.relative(TEXT_FIXTURES, input).split(path.sep).join('/').replace('.input.', '.')),
    ),
  ),
  caseOf(path.join(INFRA_FIXTURES, 'acs-engine-part-agent.input.t'), 'parts/k8s/agentresources.t', false),
  caseOf(path.join(INFRA_FIXTURES, 'decoy-acs-engine-part-custom-script.input.t'), 'parts/k8s/decoy-bootstrap.t', true),
];

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  fixable: boolean;
}

let root: string;
beforeAll(() => {
  root = makeTempDir('mi-codemod-text-cli-');
  writeTree(root, Object.fromEntries(cases.map((item) => [item.file, item.input])));
  initCommittedRepo(root);
});
afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('the CLI on scripts, pipelines, Dockerfiles, other languages and templated ARM parts', () => {
  it('finds the fixture set', () => {
    expect(cases.length).toBeGreaterThan(60);
    expect(cases.filter((item) => item.decoy).length).toBeGreaterThan(10);
  });

  it('--check reports what each fixture expects, nothing on a decoy, and exits 1', () => {
    const result = runBin(root, ['--check', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const findings = JSON.parse(result.stdout).findings as JsonFinding[];
    for (const item of cases) {
      const own = findings
        .filter((finding) => finding.file === item.file)
        .map(({ ruleId, severity, line }) => ({ ruleId, severity, line }));
      if (item.decoy) expect(own, item.file).toEqual([]);
      else if (item.expected) expect(own, item.file).toEqual(item.expected);
      else expect(own.length, item.file).toBeGreaterThan(0);
      if (item.output !== undefined)
        expect(
          findings.some((finding) => finding.file === item.file && finding.fixable),
          item.file,
        ).toBe(true);
    }
    // A legacy token URL is an error (or, in Cloud Shell's own client, info): never a warning that --check lets pass.
    const warned = findings.filter((finding) => finding.ruleId === 'legacy-endpoint' && finding.severity === 'warning');
    expect(warned).toEqual([]);
  });

  it('--dry shows the rewrite of every fixable file and writes nothing', () => {
    const result = runBin(root, ['--dry', '--format', 'json']);
    expect(result.code, result.stderr).toBe(1);
    const files = JSON.parse(result.stdout).files as Array<{ file: string; changed: boolean; wouldChange?: boolean; diff?: string }>;
    expect(files.every((file) => !file.changed)).toBe(true);
    const changed = files.filter((file) => file.wouldChange).map((file) => file.file);
    expect(changed.sort()).toEqual(
      cases
        .filter((item) => item.output !== undefined)
        .map((item) => item.file)
        .sort(),
    );
    for (const file of files.filter((entry) => entry.wouldChange)) {
      const item = cases.find((candidate) => candidate.file === file.file)!;
      const before = new Set(item.input.split('\n'));
      for (const line of item.output!.split('\n').filter((candidate) => !before.has(candidate)))
        expect(file.diff, file.file).toContain(`+${line}`);
    }
    for (const item of cases) expect(fs.readFileSync(path.join(root, item.file), 'utf8'), item.file).toBe(item.input);
  });

  it('a plain run writes exactly the expected outputs, leaves every other file byte-identical, and a second run changes nothing', () => {
    const first = runBin(root, []);
    expect(first.code, first.stderr).toBe(1); // items for manual review remain
    for (const item of cases) expect(fs.readFileSync(path.join(root, item.file), 'utf8'), item.file).toBe(item.output ?? item.input);
    const second = runBin(root, ['--format', 'json', '--force']);
    expect(JSON.parse(second.stdout).summary.filesChanged).toBe(0);
    const rewritten = cases.filter(
      (item) =>
        item.output !== undefined && !item.expected?.some((finding) => finding.severity === 'error' && finding.ruleId === 'manual-review'),
    );
    const check = runBin(root, ['--check', '--format', 'json', ...rewritten.map((item) => item.file)]);
    const errors = (JSON.parse(check.stdout).findings as JsonFinding[]).filter(
      (finding) => finding.severity === 'error' && finding.ruleId !== 'vm-extension-provisioning',
    );
    expect(errors).toEqual([]);
  });
});
