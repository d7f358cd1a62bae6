import { applyEdits, findOverlap, normaliseEdits } from './applyEdits';
import { findingText, withoutFix } from './findingText';
import { LineIndex } from './positions';
import type { DraftFinding, ExternalEdit, FileResult, Finding, TextEdit } from './types';

// How every analyser (scripts, ARM, Bicep, Terraform, lockfiles, the text formats) turns what it found
// into a FileResult: one policy for all of them.

/**
 * The re-parse net of a file kind: why the migrated text is broken (it does not parse), or undefined.
 * An analyser hands one to assembleFileResult when its kind has a parser; without one there is no net.
 */
export type OutputCheck = (output: string) => string | undefined;

/** Appended to the message of a fix that is withheld because another item blocks the file. */
const BLOCKED_NOTE = 'Not rewritten: this file also has items that need manual review, and a file is never left half-migrated.';

/**
 * Builds a file's result from its drafts. The policy, the same for every kind of file:
 * - findings come in source order, each with its 1-based positions;
 * - all or nothing: while a draft marked `blocksFile` carries no fix, no fix applies, and each one
 *   withheld says why (the analyser decides what blocks; the engine marks every manual-review item);
 * - fixes that overlap, or a migrated text that `checkOutput` rejects, mean the analyser's plan was
 *   inconsistent: nothing is applied and every fix becomes a manual-review finding (a safety net, not a path);
 * - an edit that names another file (an imported const) goes to `externalEdits`, to be applied with it.
 */
export function assembleFileResult(text: string, filename: string, drafts: readonly DraftFinding[], checkOutput?: OutputCheck): FileResult {
  const ordered = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end);
  const externalEdits: ExternalEdit[] = [];
  const local = ordered.map((draft) => {
    if (!draft.fix) return draft;
    const fix: TextEdit[] = [];
    const elsewhere = new Set<string>();
    for (const { filename: target, ...edit } of draft.fix) {
      if (target === undefined || target === filename) fix.push(edit);
      else {
        externalEdits.push({ ...edit, filename: target });
        elsewhere.add(target);
      }
    }
    // A fix made only of edits in other modules: this file is fixed with them (see Finding.fixedIn).
    return fix.length === 0 && elsewhere.size > 0 ? { ...draft, fix, fixedIn: [...elsewhere].sort() } : { ...draft, fix };
  });
  const blocked = local.some((draft) => draft.blocksFile === true && !draft.fix);
  const edits = blocked ? [] : normaliseEdits(local.flatMap((draft) => draft.fix ?? []));
  let output = text;
  let problem: string | undefined;
  if (edits.length > 0) {
    if (findOverlap(edits)) problem = 'two rewrites in this file overlap';
    else {
      output = applyEdits(text, edits);
      problem = checkOutput?.(output);
      if (problem) output = text;
    }
  }
  const lines = new LineIndex(text);
  const findings = local.map((draft) => {
    if (!draft.fix) return located(draft, lines);
    if (problem) return located(unsafeRewrite(draft, problem), lines);
    if (blocked) return located({ ...withoutFix(draft), message: `${draft.message} ${BLOCKED_NOTE}` }, lines);
    return located(draft, lines);
  });
  const applied = !blocked && !problem;
  return {
    filename,
    findings,
    output,
    changed: output !== text,
    ...(applied && externalEdits.length > 0 ? { externalEdits: normaliseEdits(externalEdits) as ExternalEdit[] } : {}),
  };
}

/** A fix the safety net refused, as a manual-review item. */
function unsafeRewrite(draft: DraftFinding, problem: string): DraftFinding {
  return {
    ruleId: 'manual-review',
    severity: 'error',
    message: `Not rewritten: the tool could not rewrite this safely (${problem}); change it by hand. What was planned: ${findingText(draft, 'proposed')}`,
    start: draft.start,
    end: draft.end,
  };
}

/** The public Finding: the draft with 1-based positions, and its fix when it has one. */
function located(draft: DraftFinding, lines: LineIndex): Finding {
  const finding: Finding = {
    ruleId: draft.ruleId,
    severity: draft.severity,
    message: draft.message,
    start: draft.start,
    end: draft.end,
    loc: { start: lines.position(draft.start), end: lines.position(draft.end) },
  };
  if (draft.fix) {
    finding.fix = draft.fix;
    if (draft.fixedIn) finding.fixedIn = draft.fixedIn;
    if (draft.fixDescription !== undefined) finding.fixDescription = draft.fixDescription;
  }
  return finding;
}

/** The result for a file that nothing was found in. */
export function unchangedResult(text: string, filename: string): FileResult {
  return { filename, findings: [], output: text, changed: false };
}

/**
 * The result for a file that could not be parsed: one `parse-error` finding that says `message`, at
 * [start, end), the text unchanged, and `parseError` (with `reason`, what the parser said).
 */
export function parseFailureResult(
  text: string,
  filename: string,
  error: { reason: string; message: string; start: number; end?: number },
): FileResult {
  const lines = new LineIndex(text);
  const end = error.end ?? error.start;
  const loc = lines.position(error.start);
  return {
    filename,
    findings: [
      {
        ruleId: 'parse-error',
        severity: 'error',
        message: error.message,
        start: error.start,
        end,
        loc: { start: loc, end: lines.position(end) },
      },
    ],
    output: text,
    changed: false,
    parseError: { message: error.reason, loc },
  };
}

/** `analyse()`, or, for a file nested too deeply for the parser (the stack runs out), a parse-error: never thrown. */
export function withStackGuard(text: string, filename: string, analyse: () => FileResult): FileResult {
  try {
    return analyse();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const reason = 'the file is nested too deeply to analyse (the parser ran out of stack)';
    const message = `Could not parse this file (${reason}); it was left unchanged.`;
    return parseFailureResult(text, filename, { reason, message, start: deepestBracketOffset(text) });
  }
}

/** Offset of the most deeply nested bracket: where a "too deep" report points. */
function deepestBracketOffset(text: string): number {
  let depth = 0;
  let deepest = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
      if (depth > deepest) [deepest, offset] = [depth, i];
    } else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return offset;
}
