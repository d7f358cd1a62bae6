import { withoutFix } from '../../../engine/findingText';
import type { DraftFinding } from '../../../engine/types';
import { analyseAzCli } from '../commands/analyseAzCli';
import { NOTHING, type CommandAnalysis, type CommandContext } from '../commands/commandAnalysis';
import { reportPowershellExtension } from '../commands/reportPowershellExtension';
import { rewriteCurl } from '../commands/rewriteCurl';
import { rewriteInvokeWebRequest } from '../commands/rewriteInvokeWebRequest';
import { rewriteWget } from '../commands/rewriteWget';
import type { CloudShellContext } from '../context/cloudShellContext';
import { findLegacyBaseUrls } from '../legacyTokenUrl';
import { judgePortExpression, judgePortLiteral, type PortScope } from '../urls/judgePort';
import { formatArgumentsOf, placeholderExpression } from '../urls/formatArguments';
import { findLegacyUrlShapes, type LegacyUrlShape } from '../urls/legacyUrlShapes';
import { scanScript } from './scanScript';
import type { ScriptRegion } from './scriptRegion';
import { withUrlContext } from './urlContextFindings';
import type { Command } from './word';

/** Options for one region: the IMDS api-version, and what the file says about Cloud Shell around an offset. */
export interface RegionOptions {
  apiVersion: string;
  fileMentionsMetadata: boolean;
  /** Cloud Shell / App Service context of a legacy URL at an offset (see cloudShellContextAt). */
  urlContext: (offset: number) => CloudShellContext;
  /** Where port variables are looked up. */
  portScope: PortScope;
  /** The file speaks of the managed identity (see speaksOfManagedIdentity). */
  fileSpeaksOfIdentity: boolean;
}

const IMDS_REQUEST =
  'GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=…, header Metadata: true, no proxy';

/** Findings for every command of a script region, plus legacy URLs no rewritten command accounts for. */
export function analyseScriptRegion(text: string, region: ScriptRegion, options: RegionOptions): DraftFinding[] {
  const scanned = scanScript(text, region);
  const context: CommandContext = {
    region,
    apiVersion: options.apiVersion,
    fileMentionsMetadata: options.fileMentionsMetadata,
    portScope: options.portScope,
    fileSpeaksOfIdentity: options.fileSpeaksOfIdentity,
  };
  const drafts: DraftFinding[] = [];
  const claimed: Array<{ start: number; end: number }> = [];
  for (const command of scanned.commands) {
    const analysis = analyseCommand(command, context);
    const urlAt = analysis.claimed[0]?.start;
    drafts.push(...(urlAt === undefined ? analysis.drafts : withUrlContext(analysis.drafts, options.urlContext(urlAt))));
    claimed.push(...analysis.claimed);
  }
  drafts.push(...unclaimedLegacyUrls(text, region, [...claimed, ...scanned.comments], options));
  if (region.reportOnlyReason) return drafts.map((draft) => asReportOnly(draft, region.reportOnlyReason!));
  return drafts;
}

function analyseCommand(command: Command, context: CommandContext): CommandAnalysis {
  const program = (command.words[0].value ?? '').toLowerCase();
  const sh = context.region.dialect === 'sh';
  if (program === 'az' || program === 'az.cmd') return analyseAzCli(command);
  if (!sh && /^(?:set-azvmextension|set-azurermvmextension|add-azvmssextension|add-azurermvmssextension)$/.test(program)) {
    return reportPowershellExtension(command, context);
  }
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
        message:
          `${command.words[0].value} calls the retired VM extension token endpoint; in Windows PowerShell it ` +
          'is an alias of Invoke-WebRequest, in PowerShell 6+ the real program, so it is not rewritten. Use ' +
          'curl.exe or Invoke-RestMethod with the IMDS URL, Metadata: true and no proxy.',
        start: command.words[0].start,
        end: command.end,
        blocksFile: true,
      },
    ],
    claimed: asInvoke.claimed,
  };
}

/**
 * Legacy URLs no command accounted for: held in a variable (`URL="http://localhost:$PORT/oauth2/token"`,
 * `$uri = "http://localhost:" + $msiPort + "/oauth2/token?…"`), a base URL, or used by another program.
 * Each one whose port can be 50342, or whose port variable is named for the managed identity, or that sits
 * in a file sending a Metadata header, is reported for manual review.
 */
function unclaimedLegacyUrls(
  text: string,
  region: ScriptRegion,
  covered: Array<{ start: number; end: number }>,
  options: RegionOptions,
): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  const isCovered = (start: number, end: number): boolean => covered.some((range) => range.start <= start && end <= range.end);
  const grammar = region.dialect === 'sh' ? 'shell' : 'powershell';
  for (const shape of findLegacyUrlShapes(text, grammar, region.start, region.end)) {
    if (isCovered(shape.start, shape.end)) continue;
    const judgement =
      shape.port.kind === 'literal'
        ? judgePortLiteral(shape.port.port)
        : judgePortExpression(shape.port.kind === 'expression' ? shape.port.text : placeholderArgument(text, shape), options.portScope);
    const extension =
      judgement.verdict === 'legacy' ||
      (judgement.verdict === 'unknown' && (judgement.miNamed || options.fileSpeaksOfIdentity)) ||
      (shape.port.kind !== 'literal' && options.fileMentionsMetadata);
    if (!extension) continue;
    drafts.push(...withUrlContext([unclaimedFinding(shape.start, shape.end)], options.urlContext(shape.start)));
  }
  for (const base of findLegacyBaseUrls(text.slice(region.start, region.end))) {
    const start = region.start + base.start;
    const end = region.start + base.end;
    if (isCovered(start, end)) continue;
    drafts.push(...withUrlContext([unclaimedFinding(start, end)], options.urlContext(start)));
  }
  return drafts;
}

/** The argument PowerShell's `-f` gives a `{0}` port (`"http://localhost:{0}/oauth2/token" -f $port`), or the placeholder itself. */
function placeholderArgument(text: string, shape: LegacyUrlShape): string {
  if (shape.port.kind !== 'placeholder') return shape.portText;
  const quoteAt = shape.start - 1;
  const quote = text[quoteAt];
  const closeAt = quote === '"' || quote === "'" ? text.indexOf(quote, shape.end) : -1;
  const args = closeAt < 0 ? undefined : formatArgumentsOf(text, quoteAt, closeAt + 1);
  const content = closeAt < 0 ? '' : text.slice(quoteAt + 1, closeAt);
  return (args && placeholderExpression(shape.port, content, args)) ?? shape.portText;
}

function unclaimedFinding(start: number, end: number): DraftFinding {
  return {
    ruleId: 'manual-review',
    severity: 'error',
    message:
      'Legacy VM extension URL outside a curl/wget/Invoke-RestMethod call the tool can rewrite (held in a ' +
      'variable, built from a port variable, a base URL, or used by another program); move it to IMDS by ' +
      `hand: ${IMDS_REQUEST}.`,
    start,
    end,
    blocksFile: true,
  };
}

function asReportOnly(draft: DraftFinding, reason: string): DraftFinding {
  if (!draft.fix) return draft.blocksFile ? { ...draft, message: `${draft.message} (Here: ${reason}.)` } : draft;
  return {
    ...withoutFix(draft),
    ruleId: 'manual-review',
    blocksFile: true,
    message: `${draft.message} Not rewritten: ${reason}. Migrated by hand, it would be ${draft.fixDescription}.`,
  };
}
