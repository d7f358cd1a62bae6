import type { DraftFinding } from '../../engine/types';
import { SCATTERED_PIECES_MESSAGE } from '../../engine/detectors/scatteredPieces';
import { LOOPBACK_HOST_SOURCE } from '../../engine/url/loopback';

/**
 * A loopback host, the port written right after it if any, and what follows: nothing of a path, or the token
 * path (`http://localhost:50342/api` is a local web server, not a piece of the extension's URL).
 */
/** A URL whose host is not loopback (see loopback.ts). */
const OTHER_SERVER_URL = new RegExp(String.raw`:\/\/(?!${LOOPBACK_HOST_SOURCE}(?![\w.-]))[\w[]`, 'i');
const LOOPBACK_HOST = new RegExp(
  String.raw`(?<![\w.-])${LOOPBACK_HOST_SOURCE}(?![\w.-])(?::(\d+)(?!\d)|(?!:\d))(?!\/(?!oauth2\/token)[\w.~%-])`,
  'gi',
);
/** The token path, not IMDS's (`/metadata/identity/oauth2/token`). */
const TOKEN_PATH = /(?<!metadata\/identity\/)(?<![\w-])oauth2\/token(?![\w/])/g;
const PORT = /(?<![\w.])50_?342(?![\w])/;
/** Where a URL written in code starts: the token path's URL is the text after the last of these. */
const URL_START = /[\s"'`(=,]/;

/**
 * The last net of the scripts and other languages: a file in which nothing else was flagged, yet whose code
 * (comments blanked, by `codeOf`: asked only when nothing was flagged) holds the extension's three pieces apart, a loopback host (on no port or on 50342), the
 * port 50342 and the path `oauth2/token` not on another server: joined by a format call, a base variable, a
 * URL builder the analysers do not read. Reported for review at the host: legacy code must never pass
 * silently. `isCloudShellClient` tells whether a position is in Cloud Shell's own client code. Pure.
 */
export function scatteredLegacyPieces(
  drafts: readonly DraftFinding[],
  codeOf: () => string,
  isCloudShellClient: (position: number) => boolean = () => false,
): DraftFinding | undefined {
  if (drafts.some((draft) => draft.ruleId === 'legacy-endpoint' || draft.ruleId === 'manual-review')) return undefined;
  const code = codeOf();
  if (!PORT.test(code)) return undefined;
  const host = [...code.matchAll(LOOPBACK_HOST)].find((match) => match[1] === undefined || match[1] === '50342');
  if (!host || isCloudShellClient(host.index!)) return undefined;
  const onExtensionServer = [...code.matchAll(TOKEN_PATH)].some((match) => {
    let start = match.index!;
    while (start > 0 && match.index! - start < 300 && !URL_START.test(code[start - 1])) start--;
    const url = code.slice(start, match.index);
    // Another server is a host written out (`https://login.microsoftonline.com/…`), not a placeholder (`{}`, `%s`, `$host`).
    return !OTHER_SERVER_URL.test(url);
  });
  if (!onExtensionServer) return undefined;
  return {
    ruleId: 'manual-review',
    severity: 'error',
    start: host.index!,
    end: host.index! + host[0].length,
    message: SCATTERED_PIECES_MESSAGE,
    blocksFile: true,
  };
}
