import { DEFAULT_API_VERSION } from '../../../engine/apiVersions';
import { assembleFileResult, unchangedResult } from '../../../engine/fileResult';
import type { FileResult } from '../../../engine/types';
import { mayDeclareManagedIdentityExtension } from '../../../extension/managedIdentityExtension';
import { analyseArmFile, analyseArmTemplate } from '../../arm/analyseArmTemplate';
import { configFormatOf, configMayHoldLegacyUrl } from './configFormat';
import { findConfigTokenUrls } from './findConfigTokenUrls';

export { configFormatOf, configMayHoldLegacyUrl, isConfigFile } from './configFormat';

/** Options of the config analysers (the same as analyseFile's). */
export interface ConfigAnalyseOptions {
  filename: string;
  apiVersion?: string;
  verifyOutput?: boolean;
}

/** The config kind's analyser (YAML, .env, INI, .properties, TOML): report-only findings, the text unchanged. Pure. */
export function analyseConfigFile(text: string, options: ConfigAnalyseOptions): FileResult {
  const format = configFormatOf(options.filename);
  if (!format || !configMayHoldLegacyUrl(text)) return unchangedResult(text, options.filename);
  const drafts = findConfigTokenUrls(text, format, options.filename, options.apiVersion ?? DEFAULT_API_VERSION);
  return assembleFileResult(text, options.filename, drafts);
}

/**
 * The JSON kind's analyser: an ARM template's extension (src/infra/arm) and configuration values that hold the
 * extension's token URL, in one result. A value left for review withholds the template's removals (a file
 * gets all of its fixes or none). Pure.
 */
export function analyseJsonFile(text: string, options: ConfigAnalyseOptions): FileResult {
  const armResult = (): FileResult =>
    mayDeclareManagedIdentityExtension(text) ? analyseArmFile(text, options) : unchangedResult(text, options.filename);
  if (!configMayHoldLegacyUrl(text)) return armResult();
  const configDrafts = findConfigTokenUrls(text, 'json', options.filename, options.apiVersion ?? DEFAULT_API_VERSION);
  if (configDrafts.length === 0) return armResult();
  const arm = mayDeclareManagedIdentityExtension(text) ? analyseArmTemplate(text) : { findings: [] };
  if (arm.parseError) {
    const failed = armResult();
    const reported = assembleFileResult(text, options.filename, configDrafts).findings;
    return { ...failed, findings: [...failed.findings, ...reported].sort((a, b) => a.start - b.start) };
  }
  return assembleFileResult(text, options.filename, [...arm.findings, ...configDrafts]);
}
