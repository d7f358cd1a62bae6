// loginWithVmMSI / loginWithMSI / MSIVmTokenCredentials calls are findings only when the project's
// lockfile resolves a legacy SDK version (DESIGN.md §2): checked through the real CLI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const fixtures = path.join(repo, '__testfixtures__/sdk-version');

function check(fixture: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-sdk-'));
  fs.cpSync(path.join(fixtures, fixture), dir, { recursive: true });
  const run = spawnSync(process.execPath, [path.join(repo, 'dist/src/cli/bin.js'), '--check', '--format', 'json', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    status: run.status,
    report: JSON.parse(run.stdout) as { findings: Array<{ file: string; line: number; ruleId: string; message: string }> },
  };
}

describe('legacy SDK versions', () => {
  it('reports the login call and the lockfile entry when the lockfile resolves ms-rest-azure 2.5.9', () => {
    const { status, report } = check('legacy-lock');
    expect(status).toBe(1);
    const summary = report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`);
    expect(summary).toContain('login.js:4 legacy-sdk-version');
    expect(summary.some((line) => line.startsWith('package-lock.json:') && line.endsWith('legacy-sdk-version'))).toBe(true);
    expect(report.findings.find((finding) => finding.file === 'login.js')!.message).toMatch(
      /ms-rest-azure 2\.5\.9 \(resolved in package-lock\.json\).*>= 2\.6\.0/,
    );
  });

  it('reports nothing for the same call when the lockfile resolves 2.6.0 (only the loose package.json range, as a warning)', () => {
    const { status, report } = check('safe-lock');
    expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual([
      'package.json:1 legacy-sdk-version',
    ]);
    expect(status).toBe(0);
  });
});
