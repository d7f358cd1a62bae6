import type { EngineContext } from '../context';
import type { DraftFinding } from '../types';
import { evaluatePieces, type HolePiece, type Piece } from '../url/evaluate';
import { HOLE } from '../url/matchLegacyUrl';
import { planHeaders, slotHasMetadata } from './headers';
import type { RequestParts } from './types';

const IMDS_TOKEN_URL = /^http:\/\/169\.254\.169\.254(?::80)?\/metadata\/identity\/oauth2\/token(?=$|[?#\uE000])/i;
const IMDS_ORIGIN = /^http:\/\/169\.254\.169\.254(?::80)?\/?$/i;
const IMDS_TOKEN_PATH = /^\/?metadata\/identity\/oauth2\/token(?=$|[?#\uE000])/i;

/** The advisory about a token request with no timeout, the same whoever wrote the request. */
export function noTimeoutFinding(start: number, end: number): DraftFinding {
  return {
    ruleId: 'no-timeout',
    severity: 'warning',
    message:
      'This token request has no timeout: off Azure, 169.254.169.254 often hangs instead of refusing. Set ' +
      'one, and retry 404, 408, 410, 429 and 5xx with exponential back-off.',
    start,
    end,
  };
}

/** True when the request's URL is IMDS's token endpoint (written whole, or as a client's base URL and a path). */
export function isImdsTokenRequest(parts: RequestParts, ctx: EngineContext): boolean {
  const url = textWithDefaults(evaluatePieces(parts.url, ctx.scope));
  if (parts.base) return IMDS_ORIGIN.test(textWithDefaults(evaluatePieces(parts.base, ctx.scope))) && IMDS_TOKEN_PATH.test(url);
  return IMDS_TOKEN_URL.test(url);
}

/**
 * The value's text, a hole given the one value the file shows for it (`this.msiEndpoint`, set to IMDS's URL unless
 * an option says otherwise: ms-rest-azure 2.6's and @azure/ms-rest-nodeauth's credentials): the request goes there by
 * default, which is what the advisories are about. Any other hole stays one.
 */
function textWithDefaults(pieces: Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : (defaultOf(piece) ?? HOLE))).join('');
}

function defaultOf(hole: HolePiece): string | undefined {
  if (hole.value !== undefined && hole.envName === undefined) return hole.value;
  return hole.possible?.length === 1 ? hole.possible[0] : undefined;
}

/**
 * What an IMDS token request needs, whoever wrote it (the tool on an earlier run, or a person): the
 * `Metadata: true` header (IMDS answers 400 without it: an error, fixed by adding it), and the advisories
 * of every migrated request, a timeout and no proxy (warnings). So that they survive the run that rewrites.
 */
export function imdsAdvisories(parts: RequestParts, ctx: EngineContext): DraftFinding[] {
  const start = parts.node.getStart();
  const end = parts.node.getEnd();
  const findings: DraftFinding[] = [];
  if (parts.problems.length === 0 && parts.headers.kind !== 'opaque' && !slotHasMetadata(parts.headers)) {
    const plan = planHeaders(parts.headers, false, ctx.quote);
    const fix = [...plan.metadataEdits, ...(parts.finalEdits?.() ?? [])];
    if (!plan.problem && fix.length > 0) {
      findings.push({
        ruleId: 'missing-metadata-header',
        severity: 'error',
        message: `IMDS rejects token requests without the header Metadata: true, and this one (${parts.client}) sends none.`,
        start,
        end,
        fix,
        fixDescription: 'added to the request',
      });
    }
  }
  if (parts.proxyCaveat) findings.push({ ruleId: 'proxy-not-bypassed', severity: 'warning', message: parts.proxyCaveat, start, end });
  else if (parts.bypassProxy) {
    findings.push({
      ruleId: 'proxy-not-bypassed',
      severity: 'warning',
      message:
        `${parts.client} sends this request through HTTP(S)_PROXY when it is set, and IMDS rejects proxied requests: ` +
        'turn the proxy off for it (axios and request: proxy: false; needle: use_proxy_from_env_var: false), or add 169.254.169.254 to NO_PROXY.',
      start,
      end,
    });
  }
  if (!parts.hasTimeout) findings.push(noTimeoutFinding(start, end));
  return findings;
}
