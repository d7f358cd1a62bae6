import { applyEdits, findOverlap } from '../engine/applyEdits';
import type { FileResult, Finding } from '../engine/types';
import { analyseArmTemplate } from './arm/analyseArmTemplate';
import { mayDeclareManagedIdentityExtension } from './arm/managedIdentityExtension';
import { reportExtensionMentions } from './arm/templatedText';
import { analyseBicep } from './bicep/analyseBicep';
import { analyseTerraform } from './terraform/analyseTerraform';
import { analyseTextFile } from './text';
import { infraKind } from './infraKind';
import { analyseManifest, manifestMayContainPattern } from './lockfiles';

/** Options the infrastructure analysers read (a subset of AnalyseOptions). */
export interface InfraOptions {
  filename: string;
  apiVersion?: string;
  includeDocs?: boolean;
}

export { infraMayContainPattern, isInfraFile } from './infraKind';

/** Analyses one infrastructure file: findings, and the text with every fix applied. Pure. */
export function analyseInfraFile(text: string, options: InfraOptions): FileResult {
  const { filename } = options;
  const kind = infraKind(filename);
  if (kind === 'text') return analyseTextFile(text, options) ?? unchanged(text, filename);
  if (kind === 'manifest') return manifestMayContainPattern(text) ? analyseManifest(text, { filename }) : unchanged(text, filename);
  if (kind === undefined || !mayDeclareManagedIdentityExtension(text)) return unchanged(text, filename);
  if (kind === 'arm') {
    const arm = analyseArmTemplate(text);
    if (arm.parseError) return { ...unchanged(text, filename), findings: arm.findings, parseError: arm.parseError };
    return assemble(text, filename, arm.findings);
  }
  if (kind === 'jsonnet') return assemble(text, filename, reportExtensionMentions(text, 'the file is Jsonnet'));
  if (kind === 'bicep') return assemble(text, filename, analyseBicep(text));
  return assemble(text, filename, analyseTerraform(text));
}

function unchanged(text: string, filename: string): FileResult {
  return { filename, findings: [], output: text, changed: false };
}

/**
 * Applies every fix. Each infrastructure finding stands alone (removing one extension never depends on
 * another), so report-only findings do not block the others; overlapping edits would, and then none apply.
 */
function assemble(text: string, filename: string, findings: Finding[]): FileResult {
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const edits = ordered.flatMap((finding) => finding.fix ?? []);
  if (edits.length === 0 || findOverlap(edits)) {
    const reported = ordered.map(({ fix: _fix, ...finding }) => finding);
    return { filename, findings: reported, output: text, changed: false };
  }
  const output = applyEdits(text, edits);
  return { filename, findings: ordered, output, changed: output !== text };
}
