import type { DraftFinding } from '../../../engine/types';
import { cloudShellContextFor } from '../context/cloudShellContext';
import { findLegacyBaseUrls, findLegacyPrefixes, LEGACY_DEFAULT_PORT } from '../legacyTokenUrl';
import { splitLines } from '../regions/yamlLines';
import { speaksOfManagedIdentity } from '../urls/identityWords';
import { judgePortExpression } from '../urls/judgePort';
import { findLegacyUrlShapes } from '../urls/legacyUrlShapes';
import { namesMetadataHeader } from '../urls/metadataHeaderEvidence';
import { analyseScriptRegion, type RegionOptions } from './analyseScriptRegion';
import type { ScriptRegion } from './scriptRegion';
import { withUrlContext } from './urlContextFindings';

/** What analyseScriptFile needs besides the text and its regions. */
export interface ScriptFileOptions {
  apiVersion: string;
  filename: string;
  /** The regions cover only part of the file (Dockerfile instructions, YAML steps): check the rest too. */
  partial: boolean;
}

/**
 * Analyses the script regions of a file (a whole `.sh`/`.ps1`, the RUN instructions of a Dockerfile, the
 * steps of a CI pipeline) with one view of the file: its port assignments, whether it sends a Metadata
 * header, and its Cloud Shell context. When the regions cover only part of the file, a legacy URL outside
 * them (a Dockerfile `ENV`, a workflow `env:`) is reported too: no legacy URL passes silently.
 */
export function analyseScriptFile(text: string, regions: readonly ScriptRegion[], options: ScriptFileOptions): DraftFinding[] {
  const code = blankLineComments(text);
  const lines = splitLines(code);
  const powershell = regions.some((region) => region.dialect === 'pwsh');
  const regionOptions: RegionOptions = {
    apiVersion: options.apiVersion,
    fileMentionsMetadata: namesMetadataHeader(code),
    urlContext: cloudShellContextFor(code, lines, options.filename),
    portScope: { code, caseInsensitive: powershell },
    fileSpeaksOfIdentity: speaksOfManagedIdentity(code),
  };
  const drafts = regions.flatMap((region) => analyseScriptRegion(text, region, regionOptions));
  if (options.partial) drafts.push(...outsideRegions(code, regions, regionOptions));
  return drafts;
}

/**
 * Legacy URLs outside every region and comment: default-port ones, base URLs, and those whose port is a
 * variable (`ENV URL=http://localhost:$MSI_PORT/oauth2/token` after `ARG MSI_PORT=50342`) that can be the
 * extension's, judged as inside a region.
 */
function outsideRegions(code: string, regions: readonly ScriptRegion[], options: RegionOptions): DraftFinding[] {
  const inRegion = (offset: number): boolean => regions.some((region) => region.start <= offset && offset < region.end);
  const found = [
    ...findLegacyPrefixes(code).filter((match) => match.port === LEGACY_DEFAULT_PORT),
    ...findLegacyBaseUrls(code),
    ...findLegacyUrlShapes(code, 'shell').filter(
      (shape) => shape.port.kind === 'expression' && variablePortMayBeExtension(shape.port.text, options),
    ),
  ].filter((match) => !inRegion(match.start));
  return found.flatMap((match) =>
    withUrlContext(
      [
        {
          ruleId: 'manual-review',
          severity: 'error',
          start: match.start,
          end: match.end,
          message:
            'Legacy VM extension URL outside any command the tool reads (an environment variable, a setting, an instruction ' +
            'it does not run): move it to IMDS by hand ' +
            '(GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=…, header Metadata: true, no proxy).',
          blocksFile: true,
        },
      ],
      options.urlContext(match.start),
    ),
  );
}

/** A port variable that is, or may be, the extension's (the rule of unclaimed URLs inside regions). */
function variablePortMayBeExtension(expression: string, options: RegionOptions): boolean {
  const judgement = judgePortExpression(expression, options.portScope);
  if (judgement.verdict === 'legacy') return true;
  if (judgement.verdict === 'unknown' && (judgement.miNamed || options.fileSpeaksOfIdentity)) return true;
  return options.fileMentionsMetadata;
}

/** The text with `#` line comments and PowerShell `<# … #>` blocks blanked (offsets unchanged). */
function blankLineComments(text: string): string {
  const blank = (comment: string): string => comment.replace(/[^\r\n]/g, ' ');
  return text
    .replace(/<#[\s\S]*?#>/g, blank)
    .replace(/^([ \t]*)(#[^\r\n]*)/gm, (_all, indent: string, comment: string) => indent + blank(comment));
}
