import { applyEdits, findOverlap } from '../engine/applyEdits';
import type { FileResult, Finding } from '../engine/types';
import { analyseArmTemplate } from './arm/analyseArmTemplate';
import { mayDeclareManagedIdentityExtension } from './arm/managedIdentityExtension';
import { reportExtensionMentions } from './arm/templatedText';
import { analyseBicep } from './bicep/analyseBicep';
import { analyseTerraform } from './terraform/analyseTerraform';
import { analyseTextFile, isTextInfraFile, textFileMayContainPattern } from './text';
import { analyseManifest, isManifestFile, manifestMayContainPattern } from './lockfiles';

/** Options the infrastructure analysers read (a subset of AnalyseOptions). */
export interface InfraOptions {
  filename: string;
  apiVersion?: string;
  includeDocs?: boolean;
}

type InfraKind = 'manifest' | 'arm' | 'jsonnet' | 'bicep' | 'terraform' | 'text';

const ARM_FILE = /\.(?:json|jsonc)$|\.json\.(?:tmpl|tpl|gotmpl)$/i;
const JSONNET_FILE = /\.(?:jsonnet|libsonnet)$/i;

function infraKind(filename: string): InfraKind | undefined {
  // package.json and lockfiles first: they are JSON, but never ARM templates.
  if (isManifestFile(filename)) return 'manifest';
  if (ARM_FILE.test(filename)) return 'arm';
  if (JSONNET_FILE.test(filename)) return 'jsonnet';
  if (/\.bicep$/i.test(filename)) return 'bicep';
  if (/\.tf$/i.test(filename)) return 'terraform';
  if (isTextInfraFile(filename)) return 'text';
  return undefined;
}

/** True for infrastructure and other non-script files: ARM JSON, Jsonnet, Bicep, Terraform, text formats. */
export function isInfraFile(filename: string): boolean {
  return infraKind(filename) !== undefined;
}

/** Cheap text scan: false means the infrastructure file certainly holds no pattern and need not be parsed. */
export function infraMayContainPattern(text: string, filename: string): boolean {
  const kind = infraKind(filename);
  if (kind === 'text') return textFileMayContainPattern(text, filename);
  if (kind === 'manifest') return manifestMayContainPattern(text);
  return kind !== undefined && mayDeclareManagedIdentityExtension(text);
}

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
