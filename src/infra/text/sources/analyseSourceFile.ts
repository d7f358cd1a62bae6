import type { DraftFinding, TextEdit } from '../../../engine/types';
import {
  findLegacyBaseUrls,
  findLegacyPrefixes,
  IMDS_TOKEN_ENDPOINT,
  LEGACY_DEFAULT_PORT,
  mentionsEndpointVariable,
} from '../legacyTokenUrl';
import { scanSourceText, type StringLiteral } from './scanSourceText';
import type { SourceLanguage } from './sourceLanguage';
import { blankRanges, POST_EVIDENCE, QUERY_BUILDING_EVIDENCE } from './sourceEvidence';

/**
 * How each language's usual HTTP client can be kept off a proxy. Each client sends through a proxy
 * configured for the process (the environment, or Java's system properties), and IMDS refuses proxied
 * requests. The extension, on loopback, was never proxied.
 */
const PROXY_OPT_OUT: Record<SourceLanguage, string> = {
  python:
    'requests and urllib send through the proxy the environment names (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY): add 169.254.169.254 to NO_PROXY, or send this request from a requests.Session whose trust_env is False',
  csharp:
    ".NET's HttpClient sends through HTTP(S)_PROXY when it is set: use an HttpClientHandler with UseProxy = false, or add 169.254.169.254 to NO_PROXY",
  java: 'Java sends through the http.proxyHost system property when it is set: open the connection with Proxy.NO_PROXY, or add 169.254.169.254 to http.nonProxyHosts',
  go: "net/http's default transport sends through HTTP(S)_PROXY when it is set: use a Transport whose Proxy is nil, or add 169.254.169.254 to NO_PROXY",
  ruby: 'Net::HTTP sends through http_proxy when it is set: pass nil as the proxy address (Net::HTTP.new(host, port, nil)), or add 169.254.169.254 to no_proxy',
};

/**
 * Reports every legacy token URL in a string literal of a Python/C#/Java/Go/Ruby file and fixes the literal
 * when it is exactly the URL (optionally with a query), the file shows no POST/form body and no separate
 * query building, and nothing ties it to MSI_ENDPOINT (Cloud Shell). Comments are skipped.
 */
export function analyseSourceFile(text: string, language: SourceLanguage, apiVersion: string): DraftFinding[] {
  const scanned = scanSourceText(text, language);
  const code = blankRanges(text, scanned.comments);
  const literalContents = scanned.literals.map((literal) => text.slice(literal.contentStart, literal.contentEnd));
  const mentionsMetadata = literalContents.some((content) => /\bmetadata\b/i.test(content));
  const cloudShell = mentionsEndpointVariable(code);
  const post = POST_EVIDENCE.exec(code);
  const buildsQuery = QUERY_BUILDING_EVIDENCE.test(code) || literalContents.some((content) => /^[?&]/.test(content));
  const drafts: DraftFinding[] = [];
  scanned.literals.forEach((literal, index) => {
    for (const match of findLegacyPrefixes(literalContents[index])) {
      if (match.port !== LEGACY_DEFAULT_PORT && !mentionsMetadata) continue;
      const start = literal.contentStart + match.start;
      const end = literal.contentStart + match.end;
      if (cloudShell) {
        drafts.push({
          ruleId: 'legacy-endpoint',
          severity: 'warning',
          start,
          end,
          message:
            'Legacy token URL in a file that reads MSI_ENDPOINT/IDENTITY_ENDPOINT: Azure Cloud Shell serves the same URL, so it is not rewritten; check by hand whether this code runs on a VM.',
        });
        continue;
      }
      const fix = literalFix(text, literal, match, apiVersion);
      const reason = post ? 'a POST / form body appears in this file' : typeof fix === 'string' ? fix : undefined;
      drafts.push({
        ruleId: 'legacy-endpoint',
        severity: 'error',
        start,
        end,
        message: reason
          ? `Legacy VM extension token URL; not rewritten because ${reason}. Use GET ${IMDS_TOKEN_ENDPOINT}?api-version=${apiVersion}&resource=… with header Metadata: true and no proxy.`
          : `Legacy VM extension token URL; rewritten to ${IMDS_TOKEN_ENDPOINT} with api-version=${apiVersion}.`,
        fix: reason || typeof fix === 'string' ? undefined : fix,
        blocksFile: true,
      });
      if (!reason && !mentionsMetadata) {
        drafts.push({
          ruleId: 'missing-metadata-header',
          severity: 'warning',
          start,
          end,
          message: 'No Metadata header is visible in this file; IMDS answers 400 without `Metadata: true`.',
        });
      }
      if (!reason) {
        drafts.push({
          ruleId: 'proxy-not-bypassed',
          severity: 'warning',
          start,
          end,
          message: `IMDS refuses requests that come through a proxy. ${PROXY_OPT_OUT[language]}.`,
        });
      }
    }
  });
  scanned.literals.forEach((literal, index) => {
    if (cloudShell) return;
    for (const base of findLegacyBaseUrls(literalContents[index])) {
      drafts.push({
        ruleId: 'legacy-endpoint',
        severity: 'error',
        start: literal.contentStart + base.start,
        end: literal.contentStart + base.end,
        message:
          'Base URL of the retired VM extension; the token path is appended elsewhere, so it is not rewritten. Use http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01 (GET, Metadata: true, no proxy).',
        blocksFile: true,
      });
    }
  });
  if (post && drafts.some((draft) => draft.blocksFile)) {
    drafts.push({
      ruleId: 'manual-review',
      severity: 'error',
      start: post.index,
      end: post.index + post[0].length,
      message:
        'This request looks like a POST with a form body; IMDS accepts GET only, with resource/client_id in the query. Rewrite the call by hand.',
      blocksFile: true,
    });
  }
  return drafts;

  function literalFix(source: string, literal: StringLiteral, match: { start: number; end: number }, version: string): TextEdit[] | string {
    if (match.start !== 0) return 'the string holds more than the URL';
    const content = source.slice(literal.contentStart, literal.contentEnd);
    const after = content.slice(match.end);
    const hostStart = literal.contentStart;
    const replaceHost: TextEdit = { start: hostStart, end: hostStart + match.end, text: IMDS_TOKEN_ENDPOINT };
    if (after === '') {
      if (buildsQuery) return 'the query is assembled elsewhere in this file (add api-version there)';
      return [replaceHost, { start: hostStart + match.end, end: hostStart + match.end, text: `?api-version=${version}` }];
    }
    if (!after.startsWith('?')) return 'the URL continues past the token path';
    if (/[?&]api-version=/i.test(after)) return [replaceHost];
    const queryAt = hostStart + match.end + 1;
    return [replaceHost, { start: queryAt, end: queryAt, text: `api-version=${version}&` }];
  }
}
