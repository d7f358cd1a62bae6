import { applyEdits } from '../../src/engine/applyEdits';
import type { FileResult, Finding, RuleId, Severity, TextEdit } from '../../src/engine/types';
import { LineIndex } from '../../src/engine/positions';
import type { AnalyseOptions } from '../../src/analyseFile';

/**
 * A stand-in for the engine with a tiny, predictable vocabulary, so the ESLint adapter can be tested
 * independently of the real detectors:
 *   OLD   → legacy-endpoint (error), fixed to NEW<apiVersion>
 *   TODO  → manual-review (error), no fix
 *   SLOW  → no-timeout (warning), no fix
 *   DEAD  → dead-port-config (warning), fixed to GONE
 *   BLOCK → the file keeps none of its fixes (output unchanged)
 *   SYNTAX→ parse-error
 *   SKEW  → the output differs from what the findings' edits produce (an inconsistent engine)
 */
export function createFakeEngine() {
  const calls: Array<{ text: string; options: AnalyseOptions }> = [];
  function analyse(text: string, options: AnalyseOptions): FileResult {
    calls.push({ text, options });
    const lines = new LineIndex(text);
    const findings: Finding[] = [];
    const add = (ruleId: RuleId, severity: Severity, start: number, end: number, fix?: TextEdit[]) =>
      findings.push({
        ruleId,
        severity,
        message: `${ruleId} at ${start}`,
        start,
        end,
        loc: { start: lines.position(start), end: lines.position(end) },
        fix,
      });
    for (const match of text.matchAll(/OLD|TODO|SLOW|DEAD|SYNTAX/g)) {
      const start = match.index;
      const end = start + match[0].length;
      if (match[0] === 'OLD') add('legacy-endpoint', 'error', start, end, [{ start, end, text: `NEW${options.apiVersion ?? ''}` }]);
      if (match[0] === 'TODO') add('manual-review', 'error', start, end);
      if (match[0] === 'SLOW') add('no-timeout', 'warning', start, end);
      if (match[0] === 'DEAD') add('dead-port-config', 'warning', start, end, [{ start, end, text: 'GONE' }]);
      if (match[0] === 'SYNTAX') add('parse-error', 'error', start, end);
    }
    findings.sort((a, b) => a.start - b.start);
    const fixed = applyEdits(
      text,
      findings.flatMap((finding) => finding.fix ?? []),
    );
    const output = text.includes('BLOCK') ? text : text.includes('SKEW') ? fixed.replace('SKEW', 'SKEWED') : fixed;
    return { filename: options.filename, findings, output, changed: output !== text };
  }
  return { analyse, calls };
}
