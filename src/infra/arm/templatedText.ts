import { assembleFileResult } from '../../engine/fileResult';
import type { DraftFinding, FileResult } from '../../engine/types';
import { extensionFinding } from '../../extension/extensionFinding';
import { EXTENSION_PUBLISHER } from '../../extension/managedIdentityExtension';
import { reportTemplatedExtensions } from './templatedExtensions';

const GO_TEMPLATE_ACTION = /\{\{[\s\S]*?\}\}/g;

/** True when the text holds Go template actions (`{{ .Values.x }}`): such a file is report-only. */
export function isGoTemplated(text: string): boolean {
  GO_TEMPLATE_ACTION.lastIndex = 0;
  return GO_TEMPLATE_ACTION.test(text);
}

/** The text with every `{{ ... }}` action blanked to spaces (line breaks kept), so offsets stay valid. */
export function maskGoTemplateActions(text: string): string {
  return text.replace(GO_TEMPLATE_ACTION, (action) => action.replace(/[^\r\n]/g, ' '));
}

const EXTENSION_TYPE_WORD = /ManagedIdentityExtensionFor(?:Windows|Linux)\b/gi;

/**
 * Report-only findings for text that cannot be parsed as JSON (Go-templated ARM parts, Jsonnet, Jinja):
 * on each JSON-like extension object when there is one (see reportTemplatedExtensions); otherwise one
 * finding per line that names the extension type, when the file also names the publisher. Comment lines
 * are skipped.
 */
export function reportExtensionMentions(text: string, why: string): DraftFinding[] {
  if (!text.toLowerCase().includes(EXTENSION_PUBLISHER.toLowerCase())) return [];
  const structural = reportTemplatedExtensions(text, why);
  if (structural.length > 0) return structural;
  const findings: DraftFinding[] = [];
  let lastLineStart = -1;
  for (const match of text.matchAll(EXTENSION_TYPE_WORD)) {
    const offset = match.index ?? 0;
    const lineStart = Math.max(text.lastIndexOf('\n', offset), text.lastIndexOf('\r', offset)) + 1;
    if (lineStart === lastLineStart) continue;
    const lineEndMatch = /[\r\n]/.exec(text.slice(offset));
    const lineEnd = lineEndMatch ? offset + lineEndMatch.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (/^\s*(?:\/\/|#|\/?\*)/.test(line)) continue;
    lastLineStart = lineStart;
    const start = lineStart + (line.length - line.trimStart().length);
    findings.push(
      extensionFinding(
        start,
        lineEnd,
        `Deploys the retired Managed Identity VM extension (${match[0]}): remove it and the dependsOn entries that ` +
          `point at it by hand, keep the VM's identity. Not rewritten: ${why}.`,
      ),
    );
  }
  return findings;
}

/** The Jsonnet kind's analyser: the extension's mentions, reported only (Jsonnet is not parsed). Pure. */
export function analyseJsonnetFile(text: string, options: { filename: string }): FileResult {
  return assembleFileResult(text, options.filename, reportExtensionMentions(text, 'the file is Jsonnet'));
}

/**
 * The templated kind's analyser (Go-templated ARM parts such as acs-engine's `.t` files, JSON under Jinja or
 * ERB): the extension reported where it is declared, nothing rewritten. Pure.
 */
export function analyseTemplatedFile(text: string, options: { filename: string }): FileResult {
  return assembleFileResult(
    text,
    options.filename,
    reportExtensionMentions(text, 'the file is a template (its actions decide what is deployed)'),
  );
}
