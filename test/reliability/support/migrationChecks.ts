// What a migrated file must look like, as a list of broken promises (empty when all hold), so a failing
// property shows every problem of the counterexample at once.
import { ts } from 'ts-morph';
import { analyseFile } from '../../../src/analyseFile';
import type { FileResult } from '../../../src/engine/types';
import type { LegacyCase } from './legacyRequests';

/** The parser's language for a file name, as the engine chooses it. */
export function scriptKind(filename: string): ts.ScriptKind {
  if (filename.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (filename.endsWith('.jsx')) return ts.ScriptKind.JSX;
  return /\.[cm]?js$/.test(filename) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
}

/** The parser's own syntax diagnostics for a file, as messages. */
export function syntaxErrors(text: string, filename: string): string[] {
  const sourceFile = ts.createSourceFile(filename, text, ts.ScriptTarget.Latest, true, scriptKind(filename));
  const diagnostics = (sourceFile as unknown as { parseDiagnostics: ts.DiagnosticWithLocation[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

/** The text of every string and template literal piece in a file (comments excluded). */
export function literalTexts(text: string, filename: string): string[] {
  const sourceFile = ts.createSourceFile(filename, text, ts.ScriptTarget.Latest, true, scriptKind(filename));
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return texts;
}

/** Line-ending and BOM problems: a CRLF file must have no lone \n or \r, an LF file no \r. */
export function byteStyleProblems(output: string, eol: string, bom: boolean): string[] {
  const problems: string[] = [];
  if (output.startsWith('\uFEFF') !== bom) problems.push(bom ? 'BOM lost' : 'BOM added');
  if (output.slice(1).includes('\uFEFF')) problems.push('stray BOM character inside the file');
  if (eol === '\r\n' && /\r(?!\n)|(?<!\r)\n/.test(output)) problems.push('lone \\n or \\r in a CRLF file');
  if (eol === '\n' && output.includes('\r')) problems.push('\\r in an LF file');
  return problems;
}

const LOOPBACK = /localhost|127\.0\.0\.1|\[::1\]/;
const METADATA_HEADER = /\bMetadata["']?\s*[:,]\s*["']?true/;
const FORM_LEFTOVERS: [RegExp, string][] = [
  [/["'`]post["'`]/i, "a 'POST' verb"],
  [/\.post\(/, 'a .post( call'],
  [/application\/x-www-form-urlencoded/, 'the form Content-Type'],
  [/\bform\s*:\s*\{/, 'a form: body'],
  [/\bbody\s*:\s*new URLSearchParams/, 'a body: URLSearchParams'],
  [/\.send\(|\.type\(/, 'superagent .send/.type'],
];

/**
 * Every promise a migrated file of legacy requests must keep; `result` is the engine's answer for the
 * file rendered from `cases` (one request each, in the byte style of the first).
 */
export function migrationProblems(
  cases: LegacyCase | readonly LegacyCase[],
  input: { filename: string; text: string },
  result: FileResult,
): string[] {
  const requests = Array.isArray(cases) ? cases : [cases as LegacyCase];
  const legacy = requests[0];
  const problems: string[] = [];
  const output = result.output;
  if (!result.changed || output === input.text) problems.push('not rewritten');
  const unfixedErrors = result.findings.filter((finding) => finding.severity === 'error' && !finding.fix);
  if (unfixedErrors.length > 0) problems.push(`unfixed errors: ${unfixedErrors.map((finding) => finding.ruleId).join(', ')}`);
  const parse = syntaxErrors(output, input.filename);
  if (parse.length > 0) problems.push(`output does not parse: ${parse[0]}`);
  const apiVersions = (output.match(/api-version=/g) ?? []).length + (output.match(/["']api-version["']\s*:/g) ?? []).length;
  if (apiVersions !== requests.length) problems.push(`${apiVersions} api-version occurrences for ${requests.length} request(s)`);
  const literals = literalTexts(output, input.filename);
  if (literals.some((literal) => LOOPBACK.test(literal))) problems.push('a loopback host is left in a literal');
  if (literals.some((literal) => literal.includes('oauth2/token') && !literal.includes('metadata/identity/oauth2/token')))
    problems.push('a non-IMDS token path is left');
  if (!METADATA_HEADER.test(output)) problems.push('no Metadata: true header');
  for (const [pattern, what] of FORM_LEFTOVERS) if (pattern.test(output)) problems.push(`${what} is left`);
  for (const identity of new Set(requests.map((request) => request.identity))) {
    const expected = requests.filter((request) => request.identity === identity).length;
    if (identity !== 'none' && (output.match(new RegExp(`\\b${identity}\\b`, 'g')) ?? []).length < expected)
      problems.push(`identity parameter ${identity} lost`);
  }
  if (!/\bresource\b/.test(output.replace(/\/\/.*$/gm, ''))) problems.push('resource lost');
  const foreignQuote = legacy.quote === "'" ? '"' : "'";
  if (output.includes(foreignQuote)) problems.push(`the rewrite introduced ${foreignQuote} quotes`);
  const comment = '// Asks the VM for a token (localhost:50342 is the port of the extension).';
  if (output.split(comment).length - 1 !== requests.length) problems.push('the comment naming the old endpoint was edited');
  problems.push(...byteStyleProblems(output, legacy.eol, legacy.bom));
  const again = analyseFile(output, { filename: input.filename });
  if (again.output !== output) problems.push('a second run changes the file again');
  if (again.findings.some((finding) => finding.severity === 'error'))
    problems.push(`a second run still reports ${again.findings.map((finding) => finding.ruleId).join(', ')}`);
  return problems;
}
