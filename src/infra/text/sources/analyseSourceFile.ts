import type { DraftFinding, TextEdit } from '../../../engine/types';
import { cloudShellContextFor, type CloudShellContext } from '../context/cloudShellContext';
import { apiVersionQueryEdits, findLegacyBaseUrls, IMDS_TOKEN_ENDPOINT } from '../legacyTokenUrl';
import { splitLines } from '../regions/yamlLines';
import { scatteredLegacyPieces } from '../scatteredPieces';
import { belongsToImdsLikeRequest, withoutMetadataPaths } from '../urls/metadataHeaderEvidence';
import { findSdkProvisioning } from './findSdkProvisioning';
import { findSourceTokenUrls, type SourceTokenUrl } from './findSourceTokenUrls';
import { scanSourceText } from './scanSourceText';
import type { SourceLanguage } from './sourceLanguage';
import { blankRanges, POST_EVIDENCE, QUERY_BUILDING_EVIDENCE } from './sourceEvidence';

/**
 * How each language's usual HTTP client can be kept off a proxy. Each client sends through a proxy
 * configured for the process (the environment, or Java's system properties), and IMDS refuses proxied
 * requests. The extension, on loopback, was never proxied.
 */
const PROXY_OPT_OUT: Record<SourceLanguage, string> = {
  python:
    'requests and urllib send through the proxy the environment names (HTTP_PROXY, HTTPS_PROXY, ' +
    'ALL_PROXY): add 169.254.169.254 to NO_PROXY, or send this request from a requests.Session whose ' +
    'trust_env is False',
  csharp:
    ".NET's HttpClient sends through HTTP(S)_PROXY when it is set: use an HttpClientHandler with UseProxy = false, or add 169.254.169.254 to NO_PROXY",
  java:
    'Java sends through the http.proxyHost system property when it is set: open the connection with ' +
    'Proxy.NO_PROXY, or add 169.254.169.254 to http.nonProxyHosts',
  go: "net/http's default transport sends through HTTP(S)_PROXY when it is set: use a Transport whose Proxy is nil, or add 169.254.169.254 to NO_PROXY",
  ruby: 'Net::HTTP sends through http_proxy when it is set: pass nil as the proxy address (Net::HTTP.new(host, port, nil)), or add 169.254.169.254 to no_proxy',
};

/** Options of the source analysis. */
export interface SourceAnalysisOptions {
  language: SourceLanguage;
  apiVersion: string;
  filename: string;
}

/**
 * Reports every legacy token URL of a Python/C#/Java/Go/Ruby file, however its port is written (see
 * findSourceTokenUrls), and SDK calls that deploy the extension. A URL is rewritten in place only when its
 * string starts with it and its port is a literal or an interpolation hole, the file shows no POST/form body
 * and no separate query building, and nothing ties it to MSI_ENDPOINT (Cloud Shell, App Service). Comments
 * are skipped. Pure.
 */
export function analyseSourceFile(text: string, options: SourceAnalysisOptions): DraftFinding[] {
  const { language, apiVersion } = options;
  const scanned = scanSourceText(text, language);
  const code = blankRanges(text, scanned.comments);
  const lines = splitLines(code);
  const literalContents = scanned.literals.map((literal) => text.slice(literal.contentStart, literal.contentEnd));
  const mentionsMetadata = literalContents.some((content) => /\bmetadata\b/i.test(content));
  // Evidence that a token URL on another port is the extension's: a Metadata header not owned by an IMDS/Arc request.
  const metadataEvidence = scanned.literals.some(
    (literal, index) =>
      /\bmetadata\b/i.test(withoutMetadataPaths(literalContents[index])) && !belongsToImdsLikeRequest(code, literal.start),
  );
  const posts = [...code.matchAll(new RegExp(POST_EVIDENCE.source, 'gi'))];
  const post = posts[0];
  const buildsQuery = QUERY_BUILDING_EVIDENCE.test(code) || literalContents.some((content) => /^[?&]/.test(content));
  // A string in which a hole or format placeholder is followed by `?` (`f"{TOKEN_URL}?resource={r}"`,
  // `"%s?resource=%s" % (TOKEN_URL, r)`): it may append a query to a URL held in a constant.
  // urllib3 sends `fields` of a GET as `url + "?" + urlencode(fields)`, whatever the URL already holds.
  const urllib3Fields = language === 'python' && URLLIB3_FIELDS.test(code);
  const queryAppendingUse = scanned.literals.find((_, index) => APPENDS_QUERY_TO_HOLE.test(literalContents[index]));
  const contextAt = cloudShellContextFor(code, lines, options.filename);
  const drafts: DraftFinding[] = [];
  const imdsRequest = `GET ${IMDS_TOKEN_ENDPOINT}?api-version=${apiVersion}&resource=… with header Metadata: true and no proxy`;

  for (const url of findSourceTokenUrls(code, scanned.literals, language, lines, metadataEvidence)) {
    const context = contextAt(url.start);
    if (context !== 'none') {
      drafts.push(contextFinding(url, context, imdsRequest));
      continue;
    }
    const fix = literalFix(url);
    const reason = post ? 'a POST / form body appears in this file' : typeof fix === 'string' ? fix : undefined;
    drafts.push({
      ruleId: 'legacy-endpoint',
      severity: 'error',
      start: url.start,
      end: url.end,
      message: reason
        ? `Legacy VM extension token URL${portNote(url)}; not rewritten because ${reason}. Use ${imdsRequest}.`
        : 'Legacy VM extension token URL.',
      ...(reason || typeof fix === 'string'
        ? {}
        : { fix, fixDescription: `rewritten to ${IMDS_TOKEN_ENDPOINT} with api-version=${apiVersion}` }),
      blocksFile: true,
    });
    if (reason) continue;
    if (!mentionsMetadata) {
      drafts.push({
        ruleId: 'missing-metadata-header',
        severity: 'warning',
        start: url.start,
        end: url.end,
        message: 'No Metadata header is visible in this file; IMDS answers 400 without `Metadata: true`.',
      });
    }
    drafts.push({
      ruleId: 'proxy-not-bypassed',
      severity: 'warning',
      start: url.start,
      end: url.end,
      message: `IMDS refuses requests that come through a proxy. ${PROXY_OPT_OUT[language]}.`,
    });
  }
  drafts.push(...baseUrlFindings());
  const blocking = drafts.filter((draft) => draft.blocksFile);
  if (post && blocking.length > 0) {
    // The POST nearest to a legacy URL left for review is the one to show.
    const distance = (match: RegExpMatchArray): number => Math.min(...blocking.map((draft) => Math.abs(draft.start - match.index!)));
    const nearest = posts.reduce((best, match) => (distance(match) < distance(best) ? match : best));
    drafts.push({
      ruleId: 'manual-review',
      severity: 'error',
      start: nearest.index!,
      end: nearest.index! + nearest[0].length,
      message:
        'This request looks like a POST with a form body; IMDS accepts GET only, with resource/client_id in the query. Rewrite the call by hand.',
      blocksFile: true,
    });
  }
  drafts.push(...findSdkProvisioning(code, scanned.literals, language));
  const scattered = scatteredLegacyPieces(
    drafts,
    () => code,
    (position) => contextAt(position) === 'cloud-shell-client',
  );
  if (scattered) drafts.push(scattered);
  return drafts;

  function literalFix(url: SourceTokenUrl): TextEdit[] | string {
    if (url.form === 'format') return `its port comes from a format call (${url.portText})`;
    if (url.form === 'concatenation') return 'the URL is assembled by concatenation';
    if (url.form === 'interpolation' && language === 'go') return 'the URL is assembled from variables';
    const { literal } = url;
    if (urllib3Fields) {
      return 'urllib3 appends `?` and the encoded `fields` to the URL (a URL with a query gets two `?`): add api-version to `fields` instead';
    }
    if (url.start !== literal.contentStart) return 'the string holds more than the URL';
    const after = text.slice(url.end, literal.contentEnd);
    const replaceHost: TextEdit = { start: url.start, end: url.end, text: IMDS_TOKEN_ENDPOINT };
    if (after === '') {
      if (buildsQuery) return 'the query is assembled elsewhere in this file (add api-version there)';
      if (queryAppendingUse) {
        const line = text.slice(0, queryAppendingUse.start).split('\n').length;
        return (
          `a string on line ${line} appends a query (\`?…\`) to a value it interpolates or formats, maybe this URL: ` +
          'adding ?api-version here would give two `?`; put api-version=' +
          `${apiVersion}& right after that \`?\``
        );
      }
      return [replaceHost, { start: url.end, end: url.end, text: `?api-version=${apiVersion}` }];
    }
    if (!after.startsWith('?')) return 'the URL continues past the token path';
    const apiVersionEdits = apiVersionQueryEdits(text, url.end + 1, literal.contentEnd, apiVersion);
    return typeof apiVersionEdits === 'string' ? apiVersionEdits : [replaceHost, ...apiVersionEdits];
  }

  function baseUrlFindings(): DraftFinding[] {
    const found: DraftFinding[] = [];
    scanned.literals.forEach((literal, index) => {
      for (const base of findLegacyBaseUrls(literalContents[index])) {
        const start = literal.contentStart + base.start;
        const context = contextAt(start);
        if (context === 'cloud-shell-client') continue;
        found.push({
          ruleId: 'legacy-endpoint',
          severity: 'error',
          start,
          end: literal.contentStart + base.end,
          message: `Base URL of the retired VM extension; the token path is appended elsewhere, so it is not rewritten. Use ${imdsRequest}.`,
          blocksFile: true,
        });
      }
    });
    return found;
  }
}

/**
 * A hole or format placeholder followed by `?`: `{TOKEN_URL}?`, `#{TOKEN_URL}?`, `{}?`, `{0}?`, `%s?`, `%v?`,
 * `%(url)s?`, `%1$s?`.
 */
const APPENDS_QUERY_TO_HOLE = /\}\?|%(?:\([^)\s]*\))?[-#+ 0-9$.]*[sv]\?/;

/** A urllib3 request whose query comes from `fields` (`http.request("GET", url, fields={…})`, `request_encode_url`). */
const URLLIB3_FIELDS = /\brequest_encode_url\b|\bfields\s*=(?!=)/;

/** The port as the message names it, when it is not a plain literal. */
function portNote(url: SourceTokenUrl): string {
  if (url.form === 'literal') return '';
  const { verdict, ports } = url.judgement;
  const value =
    verdict === 'legacy'
      ? 'which can be 50342'
      : verdict === 'other'
        ? `which is ${ports.join(' or ')}`
        : 'whose value the tool cannot see';
  return ` (port ${url.portLabel.replace(/\s+/g, ' ')}, ${value})`;
}

/** A URL in a file that reads MSI_ENDPOINT / IDENTITY_ENDPOINT, or in Cloud Shell's own client. */
function contextFinding(url: SourceTokenUrl, context: Exclude<CloudShellContext, 'none'>, imdsRequest: string): DraftFinding {
  const at = { start: url.start, end: url.end };
  if (context === 'cloud-shell-client') {
    return {
      ruleId: 'legacy-endpoint',
      severity: 'info',
      ...at,
      message:
        "Azure Cloud Shell's own token endpoint (the same localhost:50342 URL, inside code named for or " +
        'guarded by Cloud Shell): not the VM extension, left as it is.',
    };
  }
  const message =
    context === 'endpoint-fallback'
      ? 'Legacy VM extension token URL used when MSI_ENDPOINT/IDENTITY_ENDPOINT is unset, which is the case ' +
        'on a VM: there it calls the retired extension. Not rewritten (the same request serves Cloud Shell ' +
        `or App Service): keep the MSI_ENDPOINT path and make the fallback ${imdsRequest}.`
      : 'Legacy VM extension token URL in a file that also reads MSI_ENDPOINT/IDENTITY_ENDPOINT (Cloud ' +
        `Shell, App Service). Not rewritten: where this code runs on a VM, use ${imdsRequest}.`;
  return { ruleId: 'legacy-endpoint', severity: 'error', ...at, message, blocksFile: true };
}
