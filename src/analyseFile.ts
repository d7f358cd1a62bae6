import { analyseScriptFile, type AnalyseOptions } from './analyseScriptFile';
import { withStackGuard } from './engine/fileResult';
import { isScriptFile } from './fileKinds';
import type { FileResult } from './engine/types';
import { analyseInfraFile, isInfraFile } from './infra';

export { isScriptFile, isSupportedFile, mayContainPattern } from './fileKinds';
export type { AnalyseOptions } from './analyseScriptFile';

/**
 * Analyses one file of any supported kind: findings and the migrated text. Pure. A file nested too
 * deeply for the parser (the stack runs out) is reported as a parse-error, never thrown.
 */
export function analyseFile(text: string, options: AnalyseOptions): FileResult {
  if (isScriptFile(options.filename)) return analyseScriptFile(text, options);
  if (isInfraFile(options.filename)) return withStackGuard(text, options.filename, () => analyseInfraFile(text, options));
  return { filename: options.filename, findings: [], output: text, changed: false };
}
