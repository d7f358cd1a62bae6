import type { DraftFinding } from '../../engine/types';
import { IMDS_TOKEN_ENDPOINT } from './legacyTokenUrl';

/**
 * A loopback host, the port written right after it if any, and what follows: nothing of a path, or the token
 * path (`http://localhost:50342/api` is a local web server, not a piece of the extension's URL).
 */
const LOOPBACK_HOST = /(?<![\w.-])(?:localhost|127\.0\.0\.1|\[::1\])(?![\w.-])(?::(\d+)(?!\d)|(?!:\d))(?!\/(?!oauth2\/token)[\w.~%-])/gi;
/** The token path, not IMDS's (`/metadata/identity/oauth2/token`). */
const TOKEN_PATH = /(?<!metadata\/identity\/)(?<![\w-])oauth2\/token(?![\w/])/g;
const PORT = /(?<![\w.])50_?342(?![\w])/;
/** Where a URL written in code starts: the token path's URL is the text after the last of these. */
const URL_START = /[\s"'`(=,]/;

/**
 * The last net of the scripts and other languages: a file in which nothing else was flagged, yet whose code
 * (comments blanked) holds the extension's three pieces apart, a loopback host (on no port or on 50342), the
 * port 50342 and the path `oauth2/token` not on another server: joined by a format call, a base variable, a
 * URL builder the analysers do not read. Reported for review at the host: legacy code must never pass
 * silently. `isCloudShellClient` tells whether a position is in Cloud Shell's own client code. Pure.
 */
export function scatteredLegacyPieces(
  code: string,
  drafts: readonly DraftFinding[],
  isCloudShellClient: (position: number) => boolean = () => false,
): DraftFinding | undefined {
  if (drafts.some((draft) => draft.ruleId === 'legacy-endpoint' || draft.ruleId === 'manual-review')) return undefined;
  if (!PORT.test(code)) return undefined;
  const host = [...code.matchAll(LOOPBACK_HOST)].find((match) => match[1] === undefined || match[1] === '50342');
  if (!host || isCloudShellClient(host.index!)) return undefined;
  const onExtensionServer = [...code.matchAll(TOKEN_PATH)].some((match) => {
    let start = match.index!;
    while (start > 0 && match.index! - start < 300 && !URL_START.test(code[start - 1])) start--;
    const url = code.slice(start, match.index);
    // Another server is a host written out (`https://login.microsoftonline.com/…`), not a placeholder (`{}`, `%s`, `$host`).
    return !/:\/\/(?!(?:localhost|127\.0\.0\.1|\[::1\])(?![\w.-]))[\w[]/i.test(url);
  });
  if (!onExtensionServer) return undefined;
  return {
    ruleId: 'manual-review',
    severity: 'error',
    start: host.index!,
    end: host.index! + host[0].length,
    message:
      'This file holds the retired Managed Identity VM extension in pieces (a loopback host, port 50342 and the path ' +
      `/oauth2/token), joined in a way the tool cannot follow. Send that request as GET ${IMDS_TOKEN_ENDPOINT}` +
      '?api-version=2018-02-01&resource=… with the header Metadata: true, no proxy.',
    blocksFile: true,
  };
}

/**
 * Shell and PowerShell text with its comments blanked (a `#` at the start of a word, outside quotes, to the end
 * of its line; PowerShell's `<# … #>`), offsets kept. Good enough for the last net, which only needs to not
 * count a comment's words.
 */
export function blankScriptComments(text: string): string {
  const out = text.split('');
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '<' && text[i + 1] === '#') {
      const close = text.indexOf('#>', i + 2);
      const end = close < 0 ? text.length : close + 2;
      for (let j = i; j < end; j++) if (out[j] !== '\n') out[j] = ' ';
      i = end - 1;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      let j = i;
      while (j < text.length && text[j] !== '\n' && text[j] !== '\r') out[j++] = ' ';
      i = j - 1;
    }
  }
  return out.join('');
}
