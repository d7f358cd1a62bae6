import type { TextLine } from '../regions/yamlLines';
import { enclosingDeclarationNames, enclosingLines, ifLineBefore } from './enclosingLines';

/**
 * Where a legacy URL stands with respect to the other hosts that serve the same `localhost:50342`:
 * - `cloud-shell-client`: Cloud Shell's own client (inside a function, class or file named for Cloud Shell,
 *   or a block guarded by a Cloud Shell check: `ACC_CLOUD`, `AZUREPS_HOST_ENVIRONMENT`, `MSI_ENDPOINT` set
 *   without `MSI_SECRET`); at most `info`;
 * - `endpoint-fallback`: the value used when `MSI_ENDPOINT`/`IDENTITY_ENDPOINT` is unset, i.e. on a VM (a
 *   default of the lookup, or a block guarded by the variable being empty): the extension, an error;
 * - `endpoint-aware`: anywhere else in a file that reads those variables: an error, never rewritten;
 * - `none`: a file unaware of them.
 */
export type CloudShellContext = 'cloud-shell-client' | 'endpoint-fallback' | 'endpoint-aware' | 'none';

const ENDPOINT_VARIABLE = /\b(?:MSI_ENDPOINT|IDENTITY_ENDPOINT)\b/;
const CLOUD_SHELL_MARKER = /\bACC_CLOUD\b|\bAZUREPS_HOST_ENVIRONMENT\b|cloud[-_ ]?shell|cloud_?console|\bACC_TERM_ID\b/i;
const CLOUD_SHELL_NAME = /cloud[-_]?shell|cloud_?console/i;
const CONDITION_LINE = /^\s*(?:\}\s*)?(?:if|elif|elsif|else\s*if|elseif|unless|when|while)\b|^\s*\[\[?\s|^\s*(?:\}\s*)?else\b/i;

/** What the file around `offset` says about Cloud Shell (see CloudShellContext). `code` has comments blanked. */
export function cloudShellContextAt(code: string, lines: readonly TextLine[], offset: number, filename: string): CloudShellContext {
  return cloudShellContextFor(code, lines, filename)(offset);
}

/**
 * cloudShellContextAt for many offsets of one file: what holds for the whole file (does it read MSI_ENDPOINT,
 * which names it reads it into, does it speak of Cloud Shell at all) is worked out once.
 */
export function cloudShellContextFor(code: string, lines: readonly TextLine[], filename: string): (offset: number) => CloudShellContext {
  const aware = ENDPOINT_VARIABLE.test(code);
  const baseName = filename.replace(/\\/g, '/').split('/').pop() ?? '';
  // In a file named for Cloud Shell everything is its client, but for a fallback after MSI_ENDPOINT: that runs on a VM.
  const namedFile = CLOUD_SHELL_NAME.test(baseName);
  if (!namedFile && !aware && !CLOUD_SHELL_MARKER.test(code)) return () => 'none';
  const derived = aware ? endpointDerivedNames(code) : [];
  return (offset) => {
    const verdict = contextAt(code, lines, offset, aware, derived);
    return namedFile && verdict !== 'endpoint-fallback' ? 'cloud-shell-client' : verdict;
  };
}

function contextAt(
  code: string,
  lines: readonly TextLine[],
  offset: number,
  aware: boolean,
  derived: readonly string[],
): CloudShellContext {
  if (enclosingDeclarationNames(code, lines, offset).some((name) => CLOUD_SHELL_NAME.test(name))) return 'cloud-shell-client';
  const line = lines.find((candidate) => offset <= candidate.end) ?? lines[lines.length - 1];
  const sameLineBefore = line ? code.slice(line.start, offset) : '';
  const sameLine = guardVerdict(sameLineBefore, derived);
  if (sameLine) return sameLine;
  if (
    aware &&
    mentionsEndpoint(code.slice(Math.max(0, (line?.start ?? offset) - 160), offset), derived) &&
    isFallbackSyntax(code, line, offset)
  )
    return 'endpoint-fallback';
  for (const header of enclosingLines(lines, offset)) {
    const text = code.slice(header.start, header.end);
    if (!CONDITION_LINE.test(text)) continue;
    if (/^\s*(?:\}\s*)?else\b(?!\s*if)/i.test(text)) {
      const ifLine = ifLineBefore(lines, header);
      const verdict = ifLine ? guardVerdict(code.slice(ifLine.start, ifLine.end), derived) : undefined;
      if (verdict === 'cloud-shell-client') return aware ? 'endpoint-fallback' : 'none';
      if (verdict === 'endpoint-fallback') return 'cloud-shell-client';
      continue;
    }
    const verdict = guardVerdict(text, derived);
    if (verdict) return verdict;
  }
  return aware ? 'endpoint-aware' : 'none';
}

/** Names assigned from MSI_ENDPOINT/IDENTITY_ENDPOINT (`endpoint = os.environ.get('MSI_ENDPOINT')`). */
function endpointDerivedNames(code: string): string[] {
  const names: string[] = [];
  for (const mention of code.matchAll(/\b(?:MSI_ENDPOINT|IDENTITY_ENDPOINT)\b/g)) {
    const lineStart = code.lastIndexOf('\n', mention.index) + 1;
    const assignment = /([$@]?[A-Za-z_][\w.]*)\s*(?::=|=(?!=))/.exec(code.slice(lineStart, mention.index));
    if (assignment) names.push(assignment[1].replace(/^[$@]/, '').split('.').pop()!);
  }
  return [...new Set(names)];
}

function mentionsEndpoint(text: string, derived: readonly string[]): boolean {
  return ENDPOINT_VARIABLE.test(text) || derived.some((name) => new RegExp(`(?<![\\w])[$@]?${name}\\b`).test(text));
}

/** `get('MSI_ENDPOINT', URL)`, `getenv(…) or URL`, `?? URL`, `|| URL`, `${MSI_ENDPOINT:-URL}`, `fetch('MSI_ENDPOINT', URL)`. */
function isFallbackSyntax(code: string, line: TextLine | undefined, offset: number): boolean {
  const before = code.slice(Math.max(0, (line?.start ?? offset) - 160), offset);
  return /(?:,|\bor\b|\?\?|\|\||:-|:=|-or\b)\s*(?:[\w.]+\s*\(\s*)?(?:@|\$|[rbuf]{0,2})?["'`]?\s*$/i.test(before);
}

/**
 * What a condition says: a Cloud Shell check (positive) → `cloud-shell-client`; an `MSI_ENDPOINT` check
 * that the variable is empty → `endpoint-fallback`; undefined when the line is no such guard.
 */
function guardVerdict(text: string, derived: readonly string[]): CloudShellContext | undefined {
  if (!CONDITION_LINE.test(text) && !/(?:&&|\|\||\band\b)\s*$/.test(text) && !/^\s*\[/.test(text)) return undefined;
  const marker = CLOUD_SHELL_MARKER.exec(text);
  if (marker) return negated(text, marker.index, marker[0].length) ? undefined : 'cloud-shell-client';
  const endpoint = ENDPOINT_VARIABLE.exec(text) ?? derivedMention(text, derived);
  if (!endpoint) return undefined;
  if (negated(text, endpoint.index, endpoint[0].length)) return 'endpoint-fallback';
  const secret = /\b(?:MSI_SECRET|IDENTITY_HEADER)\b/.exec(text);
  if (secret && !negated(text, secret.index, secret[0].length)) return undefined;
  return 'cloud-shell-client';
}

function derivedMention(text: string, derived: readonly string[]): RegExpExecArray | null {
  for (const name of derived) {
    const match = new RegExp(`(?<![\\w])[$@]?${name}\\b`).exec(text);
    if (match) return match;
  }
  return null;
}

/** True when the check at `[index, index+length)` asks for the variable to be empty or unset. */
function negated(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 48), index);
  const after = text.slice(index + length, index + length + 40);
  let flips = 0;
  if (/(?:\bnot\s+|!\s*|-not\s+|-z\s+|\bunless\s+|IsNullOrEmpty\s*\(|IsNullOrWhiteSpace\s*\()[\w.$@:[('"{\s]*$/i.test(before)) flips++;
  if (
    /^[\w'"\])}]*\s*(?:==\s*(?:null|None|nil|""|'')|-eq\s+(?:\$null|""|'')|is\s+None|\.nil\?|\.empty\?|\)?\s*==\s*0|not\s+in\b)/i.test(
      after,
    )
  )
    flips++;
  return flips % 2 === 1;
}
