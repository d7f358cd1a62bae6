import type { DraftFinding } from '../../../engine/types';
import { analyseAzCli } from '../commands/analyseAzCli';
import { NOTHING, type CommandAnalysis, type CommandContext } from '../commands/commandAnalysis';
import { reportPowershellExtension } from '../commands/reportPowershellExtension';
import { rewriteCurl } from '../commands/rewriteCurl';
import { rewriteInvokeWebRequest } from '../commands/rewriteInvokeWebRequest';
import { rewriteWget } from '../commands/rewriteWget';
import { findLegacyBaseUrls, findLegacyPrefixes, LEGACY_DEFAULT_PORT } from '../legacyTokenUrl';
import { scanScript } from './scanScript';
import type { ScriptRegion } from './scriptRegion';
import type { Command } from './word';

/** Options for one region: the IMDS api-version, and whether URLs are off limits (Cloud Shell files). */
export interface RegionOptions {
  apiVersion: string;
  fileMentionsMetadata: boolean;
  /** The file reads MSI_ENDPOINT / IDENTITY_ENDPOINT: its localhost URLs may be Cloud Shell's, never touch them. */
  skipUrls: boolean;
}

/** Findings for every command of a script region, plus legacy URLs no rewritten command accounts for. */
export function analyseScriptRegion(text: string, region: ScriptRegion, options: RegionOptions): DraftFinding[] {
  const scanned = scanScript(text, region);
  const context: CommandContext = { region, apiVersion: options.apiVersion, fileMentionsMetadata: options.fileMentionsMetadata };
  const drafts: DraftFinding[] = [];
  const claimed: Array<{ start: number; end: number }> = [];
  for (const command of scanned.commands) {
    const analysis = analyseCommand(command, context, options.skipUrls);
    drafts.push(...analysis.drafts);
    claimed.push(...analysis.claimed);
  }
  if (!options.skipUrls) drafts.push(...unclaimedLegacyUrls(text, region, [...claimed, ...scanned.comments]));
  if (region.reportOnlyReason) return drafts.map((draft) => asReportOnly(draft, region.reportOnlyReason!));
  return drafts;
}

function analyseCommand(command: Command, context: CommandContext, skipUrls: boolean): CommandAnalysis {
  const program = (command.words[0].value ?? '').toLowerCase();
  const sh = context.region.dialect === 'sh';
  if (program === 'az' || program === 'az.cmd') return analyseAzCli(command);
  if (!sh && /^(?:set-azvmextension|set-azurermvmextension|add-azvmssextension|add-azurermvmssextension)$/.test(program)) {
    return reportPowershellExtension(command);
  }
  if (skipUrls) return NOTHING;
  if (program === 'curl' && (sh || context.region.powershellCore)) return rewriteCurl(command, context);
  if (program === 'wget' && (sh || context.region.powershellCore)) return rewriteWget(command, context);
  if (program === 'curl.exe') return rewriteCurl(command, context);
  if (program === 'wget.exe') return rewriteWget(command, context);
  if (!sh && /^(?:invoke-restmethod|invoke-webrequest|irm|iwr|curl|wget)$/.test(program)) {
    if (program === 'curl' || program === 'wget') return aliasReview(command, context);
    return rewriteInvokeWebRequest(command, context);
  }
  return NOTHING;
}

/** In Windows PowerShell `curl`/`wget` are aliases of Invoke-WebRequest: which syntax applies is unknown. */
function aliasReview(command: Command, context: CommandContext): CommandAnalysis {
  const asInvoke = rewriteInvokeWebRequest(command, context);
  if (asInvoke.claimed.length === 0) return NOTHING;
  return {
    drafts: [
      {
        ruleId: 'manual-review',
        severity: 'error',
        message: `${command.words[0].value} calls the retired VM extension token endpoint; in Windows PowerShell it is an alias of Invoke-WebRequest, in PowerShell 6+ the real program, so it is not rewritten. Use curl.exe or Invoke-RestMethod with the IMDS URL, Metadata: true and no proxy.`,
        start: command.words[0].start,
        end: command.end,
        blocksFile: true,
      },
    ],
    claimed: asInvoke.claimed,
  };
}

function unclaimedLegacyUrls(text: string, region: ScriptRegion, covered: Array<{ start: number; end: number }>): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  const body = text.slice(region.start, region.end);
  const defaultPortUrls = [...findLegacyPrefixes(body).filter((match) => match.port === LEGACY_DEFAULT_PORT), ...findLegacyBaseUrls(body)];
  for (const match of defaultPortUrls) {
    const start = region.start + match.start;
    const end = region.start + match.end;
    if (covered.some((range) => range.start <= start && end <= range.end)) continue;
    drafts.push({
      ruleId: 'manual-review',
      severity: 'error',
      message:
        'Legacy VM extension URL outside a curl/wget/Invoke-RestMethod call the tool can rewrite (held in a variable, a base URL, or used by another program); move it to IMDS by hand (host 169.254.169.254, path /metadata/identity/oauth2/token, api-version=2018-02-01, GET, Metadata: true, no proxy).',
      start,
      end,
      blocksFile: true,
    });
  }
  return drafts;
}

function asReportOnly(draft: DraftFinding, reason: string): DraftFinding {
  if (!draft.fix) return draft.blocksFile ? { ...draft, message: `${draft.message} (Here: ${reason}.)` } : draft;
  return {
    ...draft,
    ruleId: 'manual-review',
    fix: undefined,
    blocksFile: true,
    message: `${draft.message.replace('; rewritten to IMDS:', '; the IMDS rewrite would be:')} Not rewritten: ${reason}.`,
  };
}
