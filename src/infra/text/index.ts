import { DEFAULT_API_VERSION } from '../../engine/apiVersions';
import { assembleFileResult, unchangedResult } from '../../engine/fileResult';
import type { DraftFinding, FileResult } from '../../engine/types';
import { analyseMarkdown } from './markdown/analyseMarkdown';
import { dockerfileRegions } from './regions/dockerfileRegions';
import { azurePipelinesRegions, githubActionsRegions, gitlabCiRegions } from './regions/yamlScriptRegions';
import { scatteredLegacyPieces } from './scatteredPieces';
import { scanScript } from './shell/scanScript';
import { blankRanges } from './sources/sourceEvidence';
import { analyseScriptFile } from './shell/analyseScriptFile';
import { scriptRegion, type ScriptRegion } from './shell/scriptRegion';
import { analyseSourceFile } from './sources/analyseSourceFile';
import { textMayContainPattern } from './textCandidate';
import { textFileKind } from './textFileKind';

export { textFileKind } from './textFileKind';
export { isTextInfraFile, textFileMayContainPattern } from './textCandidate';

/** Options of analyseTextFile (the same as analyseFile's). */
export interface TextAnalyseOptions {
  filename: string;
  apiVersion?: string;
  /** Rewrite Markdown fenced code blocks (otherwise Markdown is report-only). */
  includeDocs?: boolean;
}

/** Analyses one text infrastructure file: findings and the migrated text; undefined for other files. Pure. */
export function analyseTextFile(text: string, options: TextAnalyseOptions): FileResult | undefined {
  const kind = textFileKind(options.filename);
  if (!kind) return undefined;
  if (!textMayContainPattern(text)) return assembleFileResult(text, options.filename, []);
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  let drafts: DraftFinding[];
  if (kind.kind === 'markdown') drafts = analyseMarkdown(text, apiVersion, options.includeDocs === true);
  else if (kind.kind === 'source') drafts = analyseSourceFile(text, { language: kind.language, apiVersion, filename: options.filename });
  else {
    const partial = kind.kind !== 'powershell' && kind.kind !== 'shell';
    const regions = scriptRegionsOf(text, kind.kind);
    drafts = analyseScriptFile(text, regions, { apiVersion, filename: options.filename, partial });
    // The last net, for whole scripts: their code with the comments the script lexer finds blanked.
    const codeOf = () =>
      blankRanges(
        text,
        regions.flatMap((region) => scanScript(text, region).comments),
      );
    const scattered = partial ? undefined : scatteredLegacyPieces(drafts, codeOf, () => /cloud.?shell/i.test(options.filename));
    if (scattered) drafts.push(scattered);
  }
  return assembleFileResult(text, options.filename, drafts);
}

/** The text kind's analyser (see src/fileKinds.ts): analyseTextFile, for a file the kind matched. */
export function analyseTextKind(text: string, options: TextAnalyseOptions): FileResult {
  return analyseTextFile(text, options) ?? unchangedResult(text, options.filename);
}

function scriptRegionsOf(
  text: string,
  kind: 'powershell' | 'shell' | 'dockerfile' | 'github-actions' | 'azure-pipelines' | 'gitlab-ci',
): ScriptRegion[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  switch (kind) {
    case 'powershell':
      return [scriptRegion(start, text.length, 'pwsh')];
    case 'shell':
      return [scriptRegion(start, text.length, 'sh')];
    case 'dockerfile':
      return dockerfileRegions(text);
    case 'github-actions':
      return githubActionsRegions(text);
    case 'azure-pipelines':
      return azurePipelinesRegions(text);
    case 'gitlab-ci':
      return gitlabCiRegions(text);
  }
}
