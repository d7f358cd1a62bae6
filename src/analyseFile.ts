import { unchangedResult, withStackGuard } from './engine/fileResult';
import { migrateSource } from './engine/migrateSource';
import type { FileResult } from './engine/types';
import { fileKindOf, worthAnalysing, type AnalyseOptions, type Analyser, type FileKindName } from './fileKinds';
import { analyseJsonnetFile, analyseTemplatedFile } from './infra/arm/templatedText';
import { analyseBicepFile } from './infra/bicep/analyseBicep';
import { analyseManifest } from './infra/lockfiles';
import { analyseTerraformFile } from './infra/terraform/analyseTerraform';
import { analyseTextKind } from './infra/text';
import { analyseConfigFile, analyseJsonFile } from './infra/text/config';

export { isScriptFile, isSupportedFile, mayContainPattern } from './fileKinds';
export type { AnalyseOptions } from './fileKinds';

/** Every kind's analyser, loaded at once: the synchronous API's (the CLI loads each on first use, see src/fileKinds.ts). */
const ANALYSERS: Record<FileKindName, Analyser> = {
  script: migrateSource,
  manifest: analyseManifest,
  arm: analyseJsonFile,
  jsonnet: analyseJsonnetFile,
  templated: analyseTemplatedFile,
  bicep: analyseBicepFile,
  terraform: analyseTerraformFile,
  text: analyseTextKind,
  config: analyseConfigFile,
};

/**
 * Analyses one file of any supported kind: findings and the migrated text. Pure. The kind's text scan
 * (and, for a script, its imports) comes first, unless `skipPrefilter`: see worthAnalysing. A file nested too deeply for the parser (the stack runs out) is
 * reported as a parse-error, never thrown.
 */
export function analyseFile(text: string, options: AnalyseOptions): FileResult {
  if (!worthAnalysing(text, options)) return unchangedResult(text, options.filename);
  return withStackGuard(text, options.filename, () => ANALYSERS[fileKindOf(options.filename)!.name](text, options));
}
