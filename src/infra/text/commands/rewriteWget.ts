import type { TextEdit } from '../../../engine/types';
import type { Command } from '../shell/word';
import { manualReview, NOTHING, rewritten, type CommandAnalysis, type CommandContext } from './commandAnalysis';
import { formBodyFields } from './formFields';
import { optionsNamed, parseOptions, type OptionTable } from './parseOptions';
import { isExtensionUrl, legacyUrlOfWord, rewriteUrlWord } from './rewriteUrlWord';
import { deleteWords } from './wordEdits';

/** The wget options the rewrite understands; anything else (proxies, body files, auth) means manual review. */
export const WGET_OPTIONS: OptionTable = {
  withValue: new Set([
    'header',
    'post-data',
    'method',
    'output-document',
    'output-file',
    'append-output',
    'timeout',
    'tries',
    'user-agent',
    'read-timeout',
    'connect-timeout',
    'dns-timeout',
    'waitretry',
    'retry-on-http-error',
  ]),
  withoutValue: new Set([
    'quiet',
    'no-proxy',
    'server-response',
    'no-verbose',
    'verbose',
    'no-check-certificate',
    'retry-connrefused',
    'content-on-error',
    'no-cache',
  ]),
  shortWithValue: { O: 'output-document', o: 'output-file', a: 'append-output', t: 'tries', T: 'timeout', U: 'user-agent' },
  shortWithoutValue: { q: 'quiet', v: 'verbose', S: 'server-response' },
  specialWords: { '-nv': 'no-verbose' },
  longEquals: true,
};

const METADATA_HEADER = /^\s*metadata\s*:\s*true\s*$/i;

/** Rewrites a wget call of the legacy token URL to IMDS (GET query, Metadata header, `--no-proxy`). */
export function rewriteWget(command: Command, context: CommandContext): CommandAnalysis {
  const parsed = parseOptions(command, WGET_OPTIONS);
  const urlOf = (index: number) => legacyUrlOfWord(command.words[index], context.region.dialect, context.portScope);
  const urlIndex = parsed.positionals.map(({ index }) => index).find((index) => urlOf(index) !== undefined);
  if (urlIndex === undefined) return NOTHING;
  const urlWord = command.words[urlIndex];
  const legacyUrl = urlOf(urlIndex)!;
  const headers = optionsNamed(parsed, 'header');
  const hasMetadata = headers.some((header) => header.value !== undefined && METADATA_HEADER.test(header.value));
  if (!isExtensionUrl(legacyUrl, hasMetadata, context.fileSpeaksOfIdentity)) return NOTHING;
  const claim = { start: urlWord.start, end: urlWord.end };
  const program = command.words[0].value ?? 'wget';
  const review = (reason: string): CommandAnalysis => manualReview(command, program, reason, claim);

  if (parsed.unknown) return review(`option ${parsed.unknown} is not understood`);
  if (parsed.positionals.length > 1) return review('it has more than one URL or unknown arguments');
  const methods = optionsNamed(parsed, 'method');
  const method = methods.length === 1 ? methods[0].value?.toUpperCase() : methods.length === 0 ? 'GET' : undefined;
  const posts = optionsNamed(parsed, 'post-data');
  if (method !== 'GET' && method !== 'POST') return review('its method is not a literal GET or POST');
  const movedFields: string[] = [];
  for (const post of posts) {
    const fields = post.value === undefined ? undefined : formBodyFields(post.value);
    if (!fields) return review('its --post-data is not a literal form body');
    movedFields.push(...fields);
  }
  const converting = method === 'POST' || posts.length > 0;
  const removed = [...methods.filter(() => method === 'POST'), ...posts];
  if (converting) removed.push(...headers.filter((header) => /^\s*content-type\s*:/i.test(header.value ?? '')));
  if (removed.some((option) => option.clustered)) return review('an option to remove is combined with others');

  const urlEdits = rewriteUrlWord(urlWord, movedFields, context.apiVersion, context.region.dialect, legacyUrl);
  if (typeof urlEdits === 'string') return review(urlEdits);
  const changes = [`api-version=${context.apiVersion}`];
  if (converting) changes.push('GET instead of POST', 'form body moved into the query');
  const inserted: string[] = [];
  if (!hasMetadata) {
    if (headers.some((header) => header.value === undefined) && !context.fileMentionsMetadata)
      return review('its headers come from variables');
    if (!headers.some((header) => header.value === undefined)) {
      inserted.push('--header=Metadata:true');
      changes.push('Metadata header added');
    }
  }
  if (optionsNamed(parsed, 'no-proxy').length === 0) {
    inserted.push('--no-proxy');
    changes.push('proxy bypassed');
  }
  const edits: TextEdit[] = [
    ...urlEdits,
    ...deleteWords(
      command,
      removed.flatMap((option) => option.indices),
    ),
  ];
  if (inserted.length > 0) edits.push({ start: command.words[0].end, end: command.words[0].end, text: ` ${inserted.join(' ')}` });
  return rewritten(command, program, changes, edits, claim);
}
