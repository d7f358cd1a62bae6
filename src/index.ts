// The API of `require('mi-codemod')` and `import … from 'mi-codemod'`: every export is documented in
// docs/api.md (test/api/exports.test.ts keeps the two equal). The functions that emit an api-version check
// it as the CLI, the ESLint rules and the jscodeshift transform do, instead of writing whatever they get.
import { analyseFile as analyseAnyFile } from './analyseFile';
import { apiVersionProblem } from './engine/apiVersions';
import { migrateSource as migrateScript } from './engine/migrateSource';
import { reconcileProject as reconcileFiles, type ProjectFile } from './engine/project';
import type { FileResult, MigrateOptions } from './engine/types';
import type { AnalyseOptions } from './fileKinds';

export { mayContainPattern, isSupportedFile } from './fileKinds';
export { applyEdits } from './engine/applyEdits';
export { DEFAULT_API_VERSION, IMDS_IDENTITY_API_VERSIONS, apiVersionProblem } from './engine/apiVersions';
export { findingText } from './engine/findingText';
export { diskModuleHost } from './files/moduleHost';
export type { FixVoice } from './engine/findingText';
export type { AnalyseOptions } from './fileKinds';
export type { ProjectFile } from './engine/project';
export type { ExternalEdit, Finding, FileResult, MigrateOptions, ModuleHost, Position, RuleId, Severity, TextEdit } from './engine/types';

/**
 * Throws when `apiVersion` is given and is not an IMDS identity api-version, in the words of the CLI's
 * `--api-version` check (`mi-codemod: apiVersion: "…" is not an IMDS identity api-version; use one of …`).
 */
function checkApiVersion(options: { apiVersion?: unknown } | undefined): void {
  if (options?.apiVersion === undefined) return;
  const problem = apiVersionProblem(String(options.apiVersion));
  if (problem) throw new RangeError(`mi-codemod: apiVersion: ${problem}`);
}

/**
 * Migrates one JavaScript or TypeScript file: its findings and the text with every fix applied (or the
 * text unchanged when anything in it needs a person). Pure; throws only for a bad `apiVersion`.
 */
export function migrateSource(text: string, options: MigrateOptions): FileResult {
  checkApiVersion(options);
  return migrateScript(text, options);
}

/**
 * Analyses one file of any kind the tool reads (scripts, ARM, Bicep, Terraform, shell and PowerShell, CI
 * YAML, Dockerfiles, Markdown, other languages, lockfiles): findings and the migrated text. Pure; throws
 * only for a bad `apiVersion`. A file of another kind gives no finding.
 */
export function analyseFile(text: string, options: AnalyseOptions): FileResult {
  checkApiVersion(options);
  return analyseAnyFile(text, options);
}

/**
 * Cross-file groups, all or nothing: given the files of a run, each with the result `migrateSource` gave
 * it (with a `modules` host, so that imported URL consts are followed), returns the results to use: a
 * module whose const its importers' rewrites need is migrated together with them, or their fixes are
 * withdrawn and reported. Pure; throws only for a bad `apiVersion`.
 */
export function reconcileProject(files: ProjectFile[], options: Omit<MigrateOptions, 'filename' | 'importedBy'>): Map<string, FileResult> {
  checkApiVersion(options);
  return reconcileFiles(files, options);
}
