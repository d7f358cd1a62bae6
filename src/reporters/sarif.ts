import { pathToFileURL } from 'node:url';
import { fixSentence } from '../engine/findingText';
import type { ReportedFinding, RunReport } from './model';
import { RULES, ruleHelpUri, type RuleDescription } from './rules';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = 'SRCROOT';

type SarifLevel = 'error' | 'warning' | 'note';

function sarifLevel(severity: ReportedFinding['severity']): SarifLevel {
  if (severity === 'error') return 'error';
  if (severity === 'warning') return 'warning';
  return 'note';
}

/** A relative `/`-separated path as a URI reference (each segment percent-encoded). */
function fileUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function artifactLocation(file: string) {
  return { uri: fileUri(file), uriBaseId: SOURCE_ROOT };
}

/** The fix's description: what it would do, as check mode's messages say it. */
function fixDescriptionText(finding: ReportedFinding): string {
  return finding.fixDescription ? fixSentence(finding.fixDescription, 'proposed') : `Migrate to IMDS (${finding.ruleId}).`;
}

function sarifResult(finding: ReportedFinding) {
  const ruleIndex = RULES.findIndex((rule) => rule.id === finding.ruleId);
  const result: Record<string, unknown> = {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: sarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file),
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
  };
  if (finding.replacement) {
    result.fixes = [
      {
        description: { text: fixDescriptionText(finding) },
        artifactChanges: [
          {
            artifactLocation: artifactLocation(finding.file),
            replacements: finding.replacement.map((edit) => ({
              deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
              insertedContent: { text: edit.text },
            })),
          },
        ],
      },
    ];
  }
  return result;
}

/** A SARIF 2.1.0 log with one run: the rule table as `tool.driver.rules`, one result per finding. */
/** The rule's help (GitHub code scanning requires `help.text` and shows `help.markdown` with every alert). */
function ruleHelp(rule: RuleDescription): { text: string; markdown: string } {
  const uri = ruleHelpUri(rule.id);
  const fixing = rule.fixable
    ? 'mi-codemod fixes this where it can prove the rewrite safe: run it without --check.'
    : 'mi-codemod does not fix this; the message says what to change by hand.';
  return {
    text: `${rule.description} ${fixing} Documentation: ${uri}`,
    markdown: `${rule.description}\n\n${fixing}\n\n[Documentation](${uri})`,
  };
}

export function formatSarif(report: RunReport): string {
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mi-codemod',
            version: report.toolVersion,
            informationUri: ruleHelpUri('legacy-endpoint').replace(/#.*$/, ''),
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: ruleHelp(rule),
              helpUri: ruleHelpUri(rule.id),
              defaultConfiguration: { level: sarifLevel(rule.severity) },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(report.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map(sarifResult),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
