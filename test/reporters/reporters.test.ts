// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import { describe, expect, it } from 'vitest';
import { createColors } from '../../src/reporters/colors';
import { escapeCommandData, escapeCommandProperty, formatGithub } from '../../src/reporters/github';
import { formatJson } from '../../src/reporters/json';
import type { ReportedFinding, RunReport } from '../../src/reporters/model';
import { RULES, ruleHelpUri } from '../../src/reporters/rules';
import { formatSarif } from '../../src/reporters/sarif';
import { formatStylish } from '../../src/reporters/stylish';
import { unifiedDiff } from '../../src/reporters/diff';

const plain = createColors(false);

const fixable: ReportedFinding = {
  file: 'src/token.ts',
  line: 3,
  column: 17,
  endLine: 3,
  endColumn: 52,
  ruleId: 'legacy-endpoint',
  severity: 'error',
  message: 'Token request goes to the retired VM extension',
  fixable: true,
  replacement: [
    {
      start: 40,
      end: 75,
      line: 3,
      column: 17,
      endLine: 3,
      endColumn: 52,
      text: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01',
    },
  ],
};
const advisory: ReportedFinding = {
  file: 'src/token.ts',
  line: 12,
  column: 5,
  endLine: 14,
  endColumn: 2,
  ruleId: 'no-timeout',
  severity: 'warning',
  message: 'No timeout: 100% of off-Azure calls may hang,\nadd one',
  fixable: false,
};
const note: ReportedFinding = {
  file: 'docs/a, b:c.md',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 10,
  ruleId: 'legacy-endpoint',
  severity: 'info',
  message: 'Docs mention the old endpoint',
  fixable: false,
};

function report(findings: ReportedFinding[]): RunReport {
  return {
    mode: 'check',
    cwd: '/work/project',
    toolVersion: '1.2.3',
    files: [
      { file: 'src/token.ts', changed: false, wouldChange: true },
      { file: 'docs/a, b:c.md', changed: false, wouldChange: false },
    ],
    findings,
    summary: {
      filesScanned: 4,
      filesSkipped: 0,
      filesChanged: 0,
      filesWouldChange: 1,
      findings: 3,
      findingsFixed: 0,
      findingsFixable: 1,
      findingsNotFixable: 2,
      findingsForManualReview: 0,
      findingsLeft: 3,
      errors: 1,
      warnings: 1,
      infos: 1,
    },
  };
}

describe('stylish', () => {
  it('groups findings by file with aligned line:col, severity, rule id and message', () => {
    expect(formatStylish(report([fixable, advisory, note]), plain)).toBe(
      'src/token.ts\n' +
        '  3:17  error    legacy-endpoint  Token request goes to the retired VM extension (fixable)\n' +
        '  12:5  warning  no-timeout       No timeout: 100% of off-Azure calls may hang,\nadd one\n' +
        '\n' +
        'docs/a, b:c.md\n' +
        '  1:1  info  legacy-endpoint  Docs mention the old endpoint\n',
    );
  });

  it('colours severities only when colours are on', () => {
    expect(formatStylish(report([fixable]), createColors(true))).toContain('\x1b[31merror\x1b[39m');
    expect(formatStylish(report([fixable]), plain)).not.toContain('\x1b[');
  });
});

describe('json', () => {
  it('has the documented stable shape', () => {
    const parsed = JSON.parse(formatJson(report([fixable, advisory])));
    expect(Object.keys(parsed)).toEqual(['version', 'tool', 'mode', 'files', 'findings', 'summary']);
    expect(parsed.version).toBe(2);
    expect(parsed.findings[0]).toEqual(fixable);
    expect(parsed.findings[1]).not.toHaveProperty('replacement');
    expect(parsed.summary.filesScanned).toBe(4);
  });
});

describe('github', () => {
  it('escapes % \\r \\n in messages and also : , in properties', () => {
    expect(escapeCommandData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('prints one workflow command per finding, notice for info', () => {
    expect(formatGithub(report([fixable, advisory, note]))).toBe(
      '::error file=src/token.ts,line=3,col=17,endLine=3,endColumn=52,title=legacy-endpoint::Token request goes to the retired VM extension\n' +
        '::warning file=src/token.ts,line=12,col=5,endLine=14,endColumn=2,title=no-timeout::No timeout: 100%25 of off-Azure calls may hang,%0Aadd one\n' +
        '::notice file=docs/a%2C b%3Ac.md,line=1,col=1,endLine=1,endColumn=10,title=legacy-endpoint::Docs mention the old endpoint\n',
    );
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatSarif(report([fixable, advisory, note])));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log whose driver lists every rule with a help URI', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('mi-codemod');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toBe(ruleHelpUri(rule.id));
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*#${rule.id}$`));
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe('file:///work/project/');
  });

  it('gives each result its rule index, level, region and, when fixable, the fix', () => {
    const [first, second, third] = run.results;
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('legacy-endpoint');
    expect(first.level).toBe('error');
    expect(second.level).toBe('warning');
    expect(third.level).toBe('note');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'src/token.ts', uriBaseId: 'SRCROOT' },
      region: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 52 },
    });
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe('docs/a%2C%20b%3Ac.md');
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 3, startColumn: 17, endLine: 3, endColumn: 52 },
      insertedContent: { text: fixable.replacement![0].text },
    });
    expect(second).not.toHaveProperty('fixes');
  });
});

describe('unified diff', () => {
  it('uses git-style a/ b/ headers and keeps CRLF in the lines', () => {
    expect(unifiedDiff('src/x.ts', 'one\r\ntwo\r\n', 'one\r\nTWO\r\n')).toBe(
      '--- a/src/x.ts\n+++ b/src/x.ts\n@@ -1,2 +1,2 @@\n one\r\n-two\r\n+TWO\r\n',
    );
  });
});
