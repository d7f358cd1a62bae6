// A ~300-file tree mixing every supported file type with broken and hostile files: --check reports
// exactly the findings the generator predicts, fix mode changes exactly the files it predicts, and
// nothing crashes, leaves temporary files or escapes the root through a symlink.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyLine, listTree, makeTempDir, runCli, writeTree, type CliRun } from './support/cli';
import { generateMixedTree, type GeneratedFile } from './support/mixedTree';

interface JsonReport {
  files: { file: string; changed: boolean; parseError?: { line: number; column: number } }[];
  findings: { file: string; ruleId: string }[];
  summary: { filesScanned: number; filesSkipped: number };
}

const generated = generateMixedTree(15);
let root: string;
let outside: string;
let treeBefore: string[];
let check: CliRun;
let fix: CliRun;
let recheck: CliRun;

/** Rule ids per file, sorted, for the files that have any. */
function findingsByFile(report: JsonReport): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const finding of report.findings) (byFile[finding.file] ??= []).push(finding.ruleId);
  for (const ids of Object.values(byFile)) ids.sort();
  return byFile;
}
function expectedByFile(select: (file: GeneratedFile) => string[]): Record<string, string[]> {
  return Object.fromEntries(generated.filter((file) => select(file).length > 0).map((file) => [file.path, select(file)]));
}

beforeAll(() => {
  outside = makeTempDir('mi-rel-robust-outside-');
  root = makeTempDir('mi-rel-robust-');
  writeTree(outside, {
    'legacy.ts': `${legacyLine('outside')}\n`,
    'nested/more.sh': 'curl -H Metadata:true "http://localhost:50342/oauth2/token?resource=x"\n',
  });
  writeTree(root, Object.fromEntries(generated.map((file) => [file.path, file.content])));
  fs.mkdirSync(path.join(root, 'links'));
  fs.symlinkSync(path.join(outside, 'legacy.ts'), path.join(root, 'links/outside.ts'));
  fs.symlinkSync(outside, path.join(root, 'links/outside-dir'));
  fs.symlinkSync('../nowhere/missing.ts', path.join(root, 'links/dangling.ts'));
  treeBefore = listTree(root);
  check = runCli(root, ['--check', '--format', 'json', '.']);
  fix = runCli(root, ['.']);
  recheck = runCli(root, ['--check', '--format', 'json', '.']);
}, 120_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('a mixed tree of ~300 files, hostile ones included', () => {
  it('is generated as intended', () => {
    expect(generated.length).toBeGreaterThanOrEqual(300);
    expect(new Set(generated.map((file) => file.path)).size).toBe(generated.length);
  });

  it('--check reports exactly the predicted findings, by file and rule id, and exits 2 for the unparsable files', () => {
    expect(check.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(check.code).toBe(2);
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(findingsByFile(report)).toEqual(expectedByFile((file) => file.findings));
    const unparsable = generated
      .filter((file) => file.unparsable)
      .map((file) => file.path)
      .sort();
    expect(
      report.files
        .filter((file) => file.parseError)
        .map((file) => file.file)
        .sort(),
    ).toEqual(unparsable);
    const skipped = generated.filter((file) => file.skipped);
    expect(report.summary.filesSkipped).toBe(skipped.length);
    expect(report.summary.filesScanned).toBe(generated.length - skipped.length);
    for (const file of skipped)
      expect(check.stderr).toMatch(new RegExp(`note: skipped ${file.path.replace(/[.]/g, '\\.')}: .*${file.skipped!.source}`));
  });

  it('fix mode changes exactly the predicted files (to the predicted text where known) and nothing else', () => {
    expect(fix.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(fix.code).toBe(2);
    const changed: string[] = [];
    for (const file of generated) {
      const now = fs.readFileSync(path.join(root, file.path));
      const before = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content);
      if (!now.equals(before)) changed.push(file.path);
      if (file.after !== undefined) expect(now.toString('utf8'), file.path).toBe(file.after);
    }
    expect(changed.sort()).toEqual(
      generated
        .filter((file) => file.changes)
        .map((file) => file.path)
        .sort(),
    );
  });

  it('fix mode keeps each file’s line endings', () => {
    for (const file of generated.filter((entry) => entry.changes)) {
      const before = file.content.toString();
      const now = fs.readFileSync(path.join(root, file.path), 'utf8');
      const crlf = before.includes('\r\n');
      expect(crlf ? /(?<!\r)\n/.test(now) : now.includes('\r'), file.path).toBe(false);
    }
  });

  it('after the fix, a second --check finds only what the fix leaves (warnings, manual review, report-only formats)', () => {
    const report = JSON.parse(recheck.stdout) as JsonReport;
    expect(findingsByFile(report)).toEqual(expectedByFile((file) => file.findingsAfterFix));
  });

  it('no file was added or removed, no symlink followed or replaced, nothing outside the root touched', () => {
    expect(listTree(root)).toEqual(treeBefore);
    for (const link of ['links/outside.ts', 'links/outside-dir', 'links/dangling.ts'])
      expect(fs.lstatSync(path.join(root, link)).isSymbolicLink(), link).toBe(true);
    expect(fs.readFileSync(path.join(outside, 'legacy.ts'), 'utf8')).toBe(`${legacyLine('outside')}\n`);
    expect(fs.readFileSync(path.join(outside, 'nested/more.sh'), 'utf8')).toBe(
      'curl -H Metadata:true "http://localhost:50342/oauth2/token?resource=x"\n',
    );
    for (const run of [check, fix, recheck]) expect(run.stdout + run.stderr).not.toMatch(/links\//);
  });
});
