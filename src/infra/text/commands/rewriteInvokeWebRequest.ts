import type { DraftFinding, TextEdit } from '../../../engine/types';
import type { Command, Word } from '../shell/word';
import { manualReview, NOTHING, rewritten, type CommandAnalysis, type CommandContext } from './commandAnalysis';
import { formBodyFields } from './formFields';
import { parseHashtable } from './powershellHashtable';
import { parametersNamed, parsePowershellArguments, type PowershellParameter } from './powershellParameters';
import { isExtensionUrl, legacyUrlOfWord, rewriteUrlWord } from './rewriteUrlWord';
import { deleteWords } from './wordEdits';

const VALUED = [
  'Uri',
  'Method',
  'Headers',
  'Body',
  'ContentType',
  'TimeoutSec',
  'OutFile',
  'ErrorAction',
  'ErrorVariable',
  'OutVariable',
  'MaximumRetryCount',
  'RetryIntervalSec',
  'UserAgent',
  'SessionVariable',
  'WebSession',
  'MaximumRedirection',
  'StatusCodeVariable',
  'ResponseHeadersVariable',
  'ConnectionTimeoutSeconds',
  'OperationTimeoutSeconds',
  'WarningAction',
  'InformationAction',
];
const SWITCHES = [
  'UseBasicParsing',
  'NoProxy',
  'Verbose',
  'Debug',
  'UseDefaultCredentials',
  'PassThru',
  'SkipCertificateCheck',
  'DisableKeepAlive',
  'SkipHeaderValidation',
  'SkipHttpErrorCheck',
];

/** Rewrites Invoke-RestMethod / Invoke-WebRequest of the legacy token URL to IMDS (GET, Metadata, -NoProxy). */
export function rewriteInvokeWebRequest(command: Command, context: CommandContext): CommandAnalysis {
  const program = command.words[0].value ?? 'Invoke-WebRequest';
  const parsed = parsePowershellArguments(command, VALUED, SWITCHES);
  const uriParameter = parametersNamed(parsed, 'Uri')[0];
  const urlWord = uriParameter?.valueWord ?? parsed.positionals[0]?.word;
  const legacyUrl = urlWord ? legacyUrlOfWord(urlWord, 'pwsh', context.portScope) : undefined;
  if (!urlWord || !legacyUrl) return NOTHING;
  const headersWord = parametersNamed(parsed, 'Headers')[0]?.valueWord;
  const headerEntries = headersWord?.kind === 'hashtable' ? parseHashtable(headersWord.raw) : undefined;
  const metadataEntry = headerEntries?.find((entry) => entry.key.toLowerCase() === 'metadata');
  if (!isExtensionUrl(legacyUrl, metadataEntry !== undefined, context.fileSpeaksOfIdentity)) return NOTHING;
  const claim = { start: urlWord.start, end: urlWord.end };
  const review = (reason: string): CommandAnalysis => manualReview(command, program, reason, claim);

  if (parsed.unknown) return review(`parameter ${parsed.unknown} is not understood`);
  if (parsed.positionals.length > (uriParameter ? 0 : 1)) return review('it has positional arguments besides the URL');
  if (parsed.parameters.some((parameter) => VALUED.includes(parameter.name) && !parameter.valueWord))
    return review('a parameter is written -Name:value');
  if (parsed.parameters.some((parameter) => parametersNamed(parsed, parameter.name).length > 1))
    return review('a parameter is given twice');

  const methodParameter = parametersNamed(parsed, 'Method')[0];
  const method = methodParameter ? methodParameter.valueWord?.value : 'GET';
  if (method === undefined || !/^(?:get|post)$/i.test(method)) return review('its -Method is not a literal GET or POST');
  const isPost = /^post$/i.test(method);
  const bodyParameter = parametersNamed(parsed, 'Body')[0];
  const bodyWord = bodyParameter?.valueWord;
  const edits: TextEdit[] = [];
  const removed: PowershellParameter[] = [];
  const changes = [`api-version=${context.apiVersion}`];
  let movedFields: string[] = [];

  if (bodyWord && bodyWord.kind === 'hashtable') {
    // Invoke-* turns an IDictionary body of a GET request into query parameters, so the body can stay.
    const entries = parseHashtable(bodyWord.raw);
    if (!entries) return review('its -Body hashtable is not a flat list of entries');
    // The body joins the query: an api-version in it would be a second one.
    if (entries.some((entry) => entry.key.toLowerCase() === 'api-version')) return review('its -Body hashtable names api-version');
  } else if (bodyWord) {
    const fields = isPost && bodyWord.value !== undefined ? formBodyFields(bodyWord.value) : undefined;
    if (!fields) return review('its -Body is not a literal form body or hashtable');
    movedFields = fields;
    removed.push(bodyParameter);
    changes.push('form body moved into the query');
  }
  if (isPost) {
    edits.push({ start: methodParameter.valueWord!.start, end: methodParameter.valueWord!.end, text: getLike(methodParameter.valueWord!) });
    removed.push(...parametersNamed(parsed, 'ContentType'));
    changes.splice(1, 0, 'GET instead of POST');
  }

  const urlEdits = rewriteUrlWord(urlWord, movedFields, context.apiVersion, 'pwsh', legacyUrl);
  if (typeof urlEdits === 'string') return review(urlEdits);
  edits.push(
    ...urlEdits,
    ...deleteWords(
      command,
      removed.flatMap((parameter) => parameter.indices),
    ),
  );

  const appended: string[] = [];
  if (!metadataEntry) {
    const metadataEdit = addMetadataHeader(headersWord, headerEntries !== undefined, context.fileMentionsMetadata);
    if (typeof metadataEdit === 'string') return review(metadataEdit);
    if (metadataEdit) edits.push(metadataEdit);
    else if (!headersWord) appended.push('-Headers @{Metadata="true"}');
    if (metadataEdit || !headersWord) changes.push('Metadata header added');
  } else if (metadataEntry.value?.toLowerCase() !== 'true') {
    return review('its Metadata header is not the literal "true"');
  }
  const windowsPowershell = context.region.powershellCore === false;
  const needsNoProxy = parametersNamed(parsed, 'NoProxy').length === 0;
  if (needsNoProxy && !windowsPowershell) {
    appended.push('-NoProxy');
    changes.push('proxy bypassed (-NoProxy, PowerShell 6+)');
  }
  if (appended.length > 0) edits.push({ start: command.end, end: command.end, text: ` ${appended.join(' ')}` });
  const analysis = rewritten(command, program, changes, edits, claim);
  if (needsNoProxy && windowsPowershell) analysis.drafts.push(noProxyWarning(command));
  return analysis;
}

/** Windows PowerShell 5.1 has no -NoProxy: the rewrite cannot bypass a configured proxy there. */
function noProxyWarning(command: Command): DraftFinding {
  return {
    ruleId: 'manual-review',
    severity: 'warning',
    message:
      'This step runs Windows PowerShell, which has no -NoProxy: make sure no proxy intercepts ' +
      '169.254.169.254 (IMDS rejects proxied requests), or run the step with pwsh and add -NoProxy.',
    start: command.words[0].start,
    end: command.words[0].end,
  };
}

/** `GET` in the casing and quotes of the original `POST` word. */
function getLike(word: Word): string {
  const value = word.value ?? 'POST';
  const verb = value === value.toUpperCase() ? 'GET' : value === value.toLowerCase() ? 'get' : 'Get';
  return word.quote ? `${word.quote}${verb}${word.quote}` : verb;
}

/** The edit adding `Metadata="true"` to a literal headers hashtable; a reason when headers are opaque. */
function addMetadataHeader(
  headersWord: Word | undefined,
  isLiteralTable: boolean,
  fileMentionsMetadata: boolean,
): TextEdit | string | undefined {
  if (!headersWord) return undefined;
  if (!isLiteralTable) return fileMentionsMetadata ? undefined : 'its -Headers come from a variable';
  const closeAt = headersWord.end - 1;
  const interior = headersWord.raw.slice(2, -1);
  if (interior.trim() === '') return { start: headersWord.start + 2, end: closeAt, text: 'Metadata="true"' };
  const trimmed = interior.trimEnd();
  const lastContent = headersWord.start + 2 + trimmed.length;
  return { start: lastContent, end: lastContent, text: trimmed.endsWith(';') ? ' Metadata="true"' : '; Metadata="true"' };
}
