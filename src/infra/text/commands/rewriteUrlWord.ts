import type { TextEdit } from '../../../engine/types';
import { findLegacyPrefixes, IMDS_TOKEN_ENDPOINT, imdsTokenUrl, parseLegacyTokenUrl } from '../legacyTokenUrl';
import type { Dialect } from '../shell/scriptRegion';
import type { Word } from '../shell/word';
import { quoteWord } from './wordEdits';

/** The legacy port of a word that starts with a literal legacy token URL, or undefined. */
export function legacyPortOfWord(word: Word): string | undefined {
  const [match] = findLegacyPrefixes(word.literalPrefix);
  return match && match.start === 0 ? match.port : undefined;
}

/**
 * Edits turning the URL word into the IMDS URL, with `movedFields` (raw `name=value` form fields) appended
 * to its query; or the reason it cannot be done. A fully literal word is replaced whole; a double-quoted word
 * whose expansions all sit in the query is edited in place (host/port/path, then `api-version` after `?`).
 */
export function rewriteUrlWord(word: Word, movedFields: readonly string[], apiVersion: string, dialect: Dialect): TextEdit[] | string {
  if (word.value !== undefined) {
    const parsed = parseLegacyTokenUrl(word.value);
    if (!parsed) return 'the URL has more than the token path';
    const quoted = quoteWord(imdsTokenUrl([...parsed.queryFields, ...movedFields], apiVersion, parsed.fragment), dialect, word.quote);
    if (quoted === undefined) return 'the URL holds a quote character';
    return [{ start: word.start, end: word.end, text: quoted }];
  }
  const [match] = findLegacyPrefixes(word.literalPrefix);
  const queryAt = word.literalPrefix.indexOf('?');
  if (word.quote !== '"' || !match || match.start !== 0 || queryAt !== match.end) return 'the URL is built from variables';
  if (movedFields.length > 0) return 'the form body would have to move into a URL built from variables';
  if (/[?&]api-version=/i.test(word.literalPrefix)) return 'the URL already names an api-version';
  const literalRaw = word.raw.slice(1, 1 + queryAt + 1);
  if (literalRaw !== word.literalPrefix.slice(0, queryAt + 1)) return 'the URL holds escapes';
  const hostStart = word.start + 1;
  return [
    { start: hostStart, end: hostStart + match.end, text: IMDS_TOKEN_ENDPOINT },
    { start: hostStart + queryAt + 1, end: hostStart + queryAt + 1, text: `api-version=${apiVersion}&` },
  ];
}
