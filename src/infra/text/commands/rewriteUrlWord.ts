import type { TextEdit } from '../../../engine/types';
import { apiVersionQueryEdits, findLegacyPrefixes, IMDS_TOKEN_ENDPOINT, imdsTokenUrl, parseLegacyTokenUrl } from '../legacyTokenUrl';
import type { Dialect } from '../shell/scriptRegion';
import type { Word } from '../shell/word';
import { judgePortExpression, judgePortLiteral, type PortJudgement, type PortScope } from '../urls/judgePort';
import { findLegacyUrlShapes } from '../urls/legacyUrlShapes';
import { quoteWord } from './wordEdits';

/** A legacy token URL at the start of a word: its port's judgement and where the URL ends in `word.raw`. */
export interface WordLegacyUrl {
  judgement: PortJudgement;
  /** The port is a variable (`$msiPort`, `${MSI_PORT:-50342}`): the word is not literal. */
  portVariable: boolean;
  /** Offsets in `word.raw` of `http` and of the end of `/oauth2/token` (port variable only). */
  rawStart: number;
  rawEnd: number;
}

/**
 * The legacy token URL a word starts with: a literal one (`http://localhost:50342/oauth2/token…`), or, in a
 * word that expands, one whose port is a variable (`"http://localhost:$msiPort/oauth2/token?…"`), judged
 * against the file's assignments. Undefined for any other word.
 */
export function legacyUrlOfWord(word: Word, dialect: Dialect, scope: PortScope): WordLegacyUrl | undefined {
  const [literal] = findLegacyPrefixes(word.literalPrefix);
  if (literal && literal.start === 0) return { judgement: judgePortLiteral(literal.port), portVariable: false, rawStart: 0, rawEnd: 0 };
  if (word.value !== undefined) return undefined;
  const opening = word.raw.startsWith('"') ? 1 : 0;
  const [shape] = findLegacyUrlShapes(word.raw, dialect === 'sh' ? 'shell' : 'powershell');
  if (!shape || shape.start !== opening || shape.port.kind !== 'expression') return undefined;
  return { judgement: judgePortExpression(shape.port.text, scope), portVariable: true, rawStart: shape.start, rawEnd: shape.end };
}

/**
 * True when a word's legacy URL is the extension's: its port can be 50342, or the request sends a Metadata
 * header, or a port nobody can see is named for the managed identity (`$msiPort`, `MSI_PORT`) or sits in a
 * file that speaks of it.
 */
export function isExtensionUrl(url: WordLegacyUrl, requestSendsMetadata: boolean, fileSpeaksOfIdentity = false): boolean {
  const { verdict, miNamed } = url.judgement;
  return verdict === 'legacy' || requestSendsMetadata || (verdict === 'unknown' && (miNamed || fileSpeaksOfIdentity));
}

/**
 * Edits turning the URL word into the IMDS URL, with `movedFields` (raw `name=value` form fields) appended
 * to its query; or the reason it cannot be done. A fully literal word is replaced whole; a double-quoted word
 * whose expansions all sit in the port or the query is edited in place (host/port/path, then `api-version`).
 */
export function rewriteUrlWord(
  word: Word,
  movedFields: readonly string[],
  apiVersion: string,
  dialect: Dialect,
  url?: WordLegacyUrl,
): TextEdit[] | string {
  if (word.value !== undefined) {
    const parsed = parseLegacyTokenUrl(word.value);
    if (!parsed) return 'the URL has more than the token path';
    const quoted = quoteWord(imdsTokenUrl([...parsed.queryFields, ...movedFields], apiVersion, parsed.fragment), dialect, word.quote);
    if (quoted === undefined) return 'the URL holds a quote character';
    return [{ start: word.start, end: word.end, text: quoted }];
  }
  if (url?.portVariable) return rewritePortVariableWord(word, movedFields, apiVersion, url);
  const [match] = findLegacyPrefixes(word.literalPrefix);
  const queryAt = word.literalPrefix.indexOf('?');
  if (word.quote !== '"' || !match || match.start !== 0 || queryAt !== match.end) return 'the URL is built from variables';
  if (movedFields.length > 0) return 'the form body would have to move into a URL built from variables';
  const literalRaw = word.raw.slice(1, 1 + queryAt + 1);
  if (literalRaw !== word.literalPrefix.slice(0, queryAt + 1)) return 'the URL holds escapes';
  const hostStart = word.start + 1;
  const apiVersionEdits = apiVersionQueryEdits(word.raw, 1 + queryAt + 1, word.raw.length - 1, apiVersion);
  if (typeof apiVersionEdits === 'string') return apiVersionEdits;
  return [{ start: hostStart, end: hostStart + match.end, text: IMDS_TOKEN_ENDPOINT }, ...shifted(apiVersionEdits, word.start)];
}

/** Edits made on a word's raw text, moved to the file's offsets. */
function shifted(edits: readonly TextEdit[], by: number): TextEdit[] {
  return edits.map((edit) => ({ ...edit, start: edit.start + by, end: edit.end + by }));
}

/**
 * `"http://localhost:$msiPort/oauth2/token?resource=$r"` (or `"…:"$PORT"/oauth2/token"` in sh): the origin,
 * port and path become IMDS's inside the double quotes, the port variable goes, and `api-version` is added
 * first in the query. Anything after the path but a query or the closing quote is not understood.
 */
function rewritePortVariableWord(word: Word, movedFields: readonly string[], apiVersion: string, url: WordLegacyUrl): TextEdit[] | string {
  const { raw } = word;
  if (url.rawStart !== 1 || !raw.endsWith('"') || raw.length < 2) return 'the URL with a port variable is not one double-quoted string';
  const rest = raw.slice(url.rawEnd);
  const replaceOrigin: TextEdit = { start: word.start + url.rawStart, end: word.start + url.rawEnd, text: IMDS_TOKEN_ENDPOINT };
  if (rest === '"') {
    const fields = [`api-version=${apiVersion}`, ...movedFields.filter((field) => !/^api-version=/i.test(field))];
    if (fields.some((field) => /[$`"\\!]/.test(field))) return 'the form body cannot be written inside the double-quoted URL';
    const closeAt = word.end - 1;
    return [replaceOrigin, { start: closeAt, end: closeAt, text: `?${fields.join('&')}` }];
  }
  if (!rest.startsWith('?')) return 'the URL continues past the token path';
  if (movedFields.length > 0) return 'the form body would have to move into a URL built from variables';
  const apiVersionEdits = apiVersionQueryEdits(raw, url.rawEnd + 1, raw.length - 1, apiVersion);
  if (typeof apiVersionEdits === 'string') return apiVersionEdits;
  return [replaceOrigin, ...shifted(apiVersionEdits, word.start)];
}
