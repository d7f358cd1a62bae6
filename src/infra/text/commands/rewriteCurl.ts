import type { TextEdit } from '../../../engine/types';
import type { Command } from '../shell/word';
import { manualReview, NOTHING, rewritten, type CommandAnalysis, type CommandContext } from './commandAnalysis';
import { formBodyFields, urlencodedField } from './formFields';
import { optionsNamed, parseOptions, type OptionTable, type ParsedOption } from './parseOptions';
import { isExtensionUrl, legacyUrlOfWord, rewriteUrlWord } from './rewriteUrlWord';
import { deleteWords } from './wordEdits';

const DATA_OPTIONS = ['data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode'];

/** The curl options the rewrite understands; anything else (proxies, forms, auth) means manual review. */
export const CURL_OPTIONS: OptionTable = {
  withValue: new Set([
    'header',
    ...DATA_OPTIONS,
    'request',
    'output',
    'write-out',
    'max-time',
    'connect-timeout',
    'retry',
    'retry-delay',
    'retry-max-time',
    'user-agent',
    'noproxy',
    'url',
    'dump-header',
    'stderr',
  ]),
  withoutValue: new Set([
    'silent',
    'show-error',
    'fail',
    'fail-with-body',
    'location',
    'verbose',
    'insecure',
    'include',
    'get',
    'compressed',
    'retry-connrefused',
    'retry-all-errors',
    'no-progress-meter',
    'http1.1',
    'ipv4',
    'globoff',
    'no-buffer',
    'no-keepalive',
    'progress-bar',
  ]),
  shortWithValue: { H: 'header', d: 'data', X: 'request', o: 'output', w: 'write-out', m: 'max-time', A: 'user-agent', D: 'dump-header' },
  shortWithoutValue: {
    s: 'silent',
    S: 'show-error',
    f: 'fail',
    L: 'location',
    v: 'verbose',
    k: 'insecure',
    i: 'include',
    G: 'get',
    g: 'globoff',
    '4': 'ipv4',
    N: 'no-buffer',
    '#': 'progress-bar',
  },
  longEquals: false,
};

const METADATA_HEADER = /^\s*metadata\s*:\s*true\s*$/i;

/** Rewrites a curl call of the legacy token URL to IMDS (GET query, Metadata header, `--noproxy '*'`). */
export function rewriteCurl(command: Command, context: CommandContext): CommandAnalysis {
  const parsed = parseOptions(command, CURL_OPTIONS);
  const urlCandidates = [
    ...parsed.positionals.map(({ index }) => index),
    ...optionsNamed(parsed, 'url').map((option) => option.indices[option.indices.length - 1]),
  ];
  const urlOf = (index: number) => legacyUrlOfWord(command.words[index], context.region.dialect, context.portScope);
  const urlIndex = urlCandidates.find((index) => urlOf(index) !== undefined);
  if (urlIndex === undefined) return NOTHING;
  const urlWord = command.words[urlIndex];
  const legacyUrl = urlOf(urlIndex)!;
  const headers = optionsNamed(parsed, 'header');
  const hasMetadata = headers.some((header) => (header.value !== undefined ? METADATA_HEADER.test(header.value) : false));
  if (!isExtensionUrl(legacyUrl, hasMetadata, context.fileSpeaksOfIdentity)) return NOTHING;
  const claim = { start: urlWord.start, end: urlWord.end };
  const program = command.words[0].value ?? 'curl';
  const review = (reason: string): CommandAnalysis => manualReview(command, program, reason, claim);

  if (parsed.unknown) return review(`option ${parsed.unknown} is not understood`);
  if (urlCandidates.length > 1) return review('it has more than one URL or unknown arguments');
  const methods = optionsNamed(parsed, 'request');
  const method = methods.length === 1 ? methods[0].value?.toUpperCase() : methods.length === 0 ? 'GET' : undefined;
  if (method !== 'GET' && method !== 'POST') return review('its method is not a literal GET or POST');
  const data = optionsNamed(parsed, ...DATA_OPTIONS);
  const usesGet = optionsNamed(parsed, 'get').length > 0;
  const converting = method === 'POST' || (data.length > 0 && !usesGet);
  const removed: ParsedOption[] = [...methods.filter(() => method === 'POST')];
  const changes: string[] = [];
  const inserted: string[] = [];

  let movedFields: string[] = [];
  const keptData = (): boolean => usesGet || inserted.includes('-G');
  if (data.length > 0 && !usesGet) {
    const fields = data.map(literalDataFields);
    if (fields.every((field) => field !== undefined) && data.every((option) => !option.clustered)) {
      movedFields = fields.flat() as string[];
      removed.push(...data);
      changes.push('form body moved into the query');
    } else {
      inserted.push('-G');
      changes.push('form body sent as the query (-G)');
    }
  }
  if (converting) {
    removed.push(...headers.filter((header) => /^\s*content-type\s*:/i.test(header.value ?? '')));
    changes.unshift('GET instead of POST');
  }
  if (removed.some((option) => option.clustered)) return review('an option to remove is combined with others (-sX)');
  // Data sent as the query (-G) would add a second api-version to the one the URL gets.
  if (keptData() && data.some((option) => option.indices.some((index) => /api-version/i.test(command.words[index].raw))))
    return review('its data sent as the query (-G) names api-version');

  const urlEdits = rewriteUrlWord(urlWord, movedFields, context.apiVersion, context.region.dialect, legacyUrl);
  if (typeof urlEdits === 'string') return review(urlEdits);
  changes.unshift(`api-version=${context.apiVersion}`);
  if (!hasMetadata) {
    if (headers.some((header) => header.value === undefined)) {
      if (!context.fileMentionsMetadata) return review('its headers come from variables');
    } else {
      inserted.unshift('-H Metadata:true');
      changes.push('Metadata header added');
    }
  }
  const noproxy = optionsNamed(parsed, 'noproxy');
  const noproxyEdits: TextEdit[] = [];
  if (noproxy.length === 0) {
    inserted.unshift(`--noproxy '*'`);
    changes.push('proxy bypassed');
  } else if (!noproxy.some((option) => option.value !== undefined && /^\*$|(?:^|,)\s*169\.254\.169\.254\s*(?:,|$)/.test(option.value))) {
    // A list written for the extension (`--noproxy localhost`) would now send IMDS traffic through the proxy.
    const [first] = noproxy;
    if (first.value === undefined || first.indices.length !== 2) return review('its --noproxy list cannot be extended');
    const valueWord = command.words[first.indices[1]];
    noproxyEdits.push({ start: valueWord.start, end: valueWord.end, text: `'*'` });
    changes.push('proxy bypassed');
  }
  const edits: TextEdit[] = [
    ...urlEdits,
    ...noproxyEdits,
    ...deleteWords(
      command,
      removed.flatMap((option) => option.indices),
    ),
  ];
  if (inserted.length > 0) edits.push({ start: command.words[0].end, end: command.words[0].end, text: ` ${inserted.join(' ')}` });
  return rewritten(command, program, changes, edits, claim);
}

function literalDataFields(option: ParsedOption): string[] | undefined {
  if (option.value === undefined) return undefined;
  if (option.name === 'data-urlencode') {
    const field = urlencodedField(option.value);
    return field === undefined ? undefined : [field];
  }
  if (option.name !== 'data-raw' && option.value.startsWith('@')) return undefined;
  return formBodyFields(option.value);
}
