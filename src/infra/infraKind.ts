import { mayDeclareManagedIdentityExtension } from '../extension/managedIdentityExtension';
import { isManifestFile, manifestMayContainPattern } from './lockfiles/manifestKind';
import { isTextInfraFile, textFileMayContainPattern } from './text/textCandidate';

// Which infrastructure files the tool reads, and their text scans: loaded on every run (the CLI scans
// every file), so this module imports none of the analysers.

export type InfraKind = 'manifest' | 'arm' | 'templated' | 'jsonnet' | 'bicep' | 'terraform' | 'text';

const ARM_FILE = /\.(?:json|jsonc)$|\.json\.(?:tmpl|tpl|gotmpl)$/i;
const JSONNET_FILE = /\.(?:jsonnet|libsonnet)$/i;
/** Go-templated ARM parts (acs-engine's `parts/k8s/*.t` files) and JSON under other template engines: report-only. */
const TEMPLATED_FILE = /\.t$|\.json\.(?:j2|jinja2?|erb|mustache|hbs|template)$/i;

/** How an infrastructure file is read, by its name; undefined for every other file. */
export function infraKind(filename: string): InfraKind | undefined {
  // package.json and lockfiles first: they are JSON, but never ARM templates.
  if (isManifestFile(filename)) return 'manifest';
  if (ARM_FILE.test(filename)) return 'arm';
  if (JSONNET_FILE.test(filename)) return 'jsonnet';
  if (TEMPLATED_FILE.test(filename)) return 'templated';
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
