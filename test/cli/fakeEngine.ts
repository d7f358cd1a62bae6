// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// A stand-in for the engine in in-process CLI tests, so they test the CLI's own behaviour (modes,
// exit codes, writing, reporting) with exactly known findings.
import { LineIndex } from '../../src/engine/positions';
import type { AnalyseOptions } from '../../src/fileKinds';
import type { FileResult, Finding } from '../../src/engine/types';
import { applyEdits } from '../../src/engine/applyEdits';

const LEGACY = 'http://localhost:50342/oauth2/token?';
const IMDS = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&';

/**
 * Legacy URL prefix: fixable error ("… Would be rewritten to IMDS." in check mode). `MANUAL_REVIEW`:
 * unfixable error. `NO_TIMEOUT`: warning. `SYNTAX(`: parse error.
 */
export function fakeAnalyseFile(text: string, options: AnalyseOptions): FileResult {
  const lines = new LineIndex(text);
  const finding = (
    ruleId: Finding['ruleId'],
    severity: Finding['severity'],
    message: string,
    start: number,
    end: number,
    fix?: Finding['fix'],
  ): Finding => ({
    ruleId,
    severity,
    message,
    start,
    end,
    loc: { start: lines.position(start), end: lines.position(end) },
    ...(fix ? { fix, fixDescription: 'rewritten to IMDS' } : {}),
  });
  const syntax = text.indexOf('SYNTAX(');
  if (syntax >= 0) {
    const loc = lines.position(syntax);
    return {
      filename: options.filename,
      findings: [finding('parse-error', 'error', "')' expected.", syntax, syntax)],
      output: text,
      changed: false,
      parseError: { message: "')' expected.", loc },
    };
  }
  const findings: Finding[] = [];
  for (let at = text.indexOf(LEGACY); at >= 0; at = text.indexOf(LEGACY, at + 1)) {
    const imds = options.apiVersion ? IMDS.replace('2018-02-01', options.apiVersion) : IMDS;
    findings.push(
      finding('legacy-endpoint', 'error', 'Token request goes to the retired VM extension.', at, at + LEGACY.length, [
        { start: at, end: at + LEGACY.length, text: imds },
      ]),
    );
  }
  for (const [marker, ruleId, severity] of [
    ['MANUAL_REVIEW', 'manual-review', 'error'],
    ['NO_TIMEOUT', 'no-timeout', 'warning'],
    ['DOC_NOTE', 'legacy-endpoint', 'info'],
  ] as const) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      findings.push(finding(ruleId, severity, `${marker.toLowerCase()}: change this by hand, "really"`, at, at + marker.length));
    }
  }
  findings.sort((a, b) => a.start - b.start);
  const edits = findings.flatMap((f) => f.fix ?? []);
  const output = applyEdits(text, edits);
  return { filename: options.filename, findings, output, changed: output !== text };
}
