import { withoutFix } from '../../../engine/findingText';
import type { DraftFinding, TextEdit } from '../../../engine/types';
import {
  apiVersionQueryEdits,
  findLegacyPrefixes,
  IMDS_TOKEN_ENDPOINT,
  LEGACY_DEFAULT_PORT,
  mentionsEndpointVariable,
} from '../legacyTokenUrl';
import { markdownFences, type MarkdownFence } from '../regions/markdownFences';
import { analyseScriptRegion } from '../shell/analyseScriptRegion';
import { scriptRegion, type Dialect } from '../shell/scriptRegion';
import { POST_EVIDENCE } from '../sources/sourceEvidence';
import { namesMetadataHeader } from '../urls/metadataHeaderEvidence';

const SHELL_FENCES = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'azurecli', 'azurecli-interactive', 'azcli', 'dockerfile']);
const POWERSHELL_FENCES = new Set(['powershell', 'pwsh', 'ps1', 'ps', 'azurepowershell', 'azurepowershell-interactive']);

/**
 * Markdown is documentation: every finding is `info`. Without `includeDocs` nothing is rewritten. With it,
 * fenced code blocks are: shell/PowerShell fences by the script rewrite, other fences by replacing the
 * literal URL; prose and inline code stay report-only.
 */
export function analyseMarkdown(text: string, apiVersion: string, includeDocs: boolean): DraftFinding[] {
  const fences = markdownFences(text);
  const htmlComments = [...text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const drafts: DraftFinding[] = fences.flatMap((fence) => analyseFence(text, fence, apiVersion));
  for (const match of findLegacyPrefixes(text)) {
    if (match.port !== LEGACY_DEFAULT_PORT) continue;
    const inside = [...fences, ...htmlComments].some((range) => range.start <= match.start && match.end <= range.end);
    if (inside) continue;
    drafts.push({
      ruleId: 'legacy-endpoint',
      severity: 'info',
      start: match.start,
      end: match.end,
      message:
        'Documentation mentions the retired VM extension token URL; IMDS is ' +
        'GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=… with Metadata: true.',
    });
  }
  return drafts.map((draft) => asDocumentation(draft, includeDocs));
}

function analyseFence(text: string, fence: MarkdownFence, apiVersion: string): DraftFinding[] {
  const body = text.slice(fence.start, fence.end);
  const dialect: Dialect | undefined = SHELL_FENCES.has(fence.language) ? 'sh' : POWERSHELL_FENCES.has(fence.language) ? 'pwsh' : undefined;
  if (dialect) {
    const region = scriptRegion(fence.start, fence.end, dialect, { powershellCore: fence.language === 'pwsh' ? true : undefined });
    const aware = mentionsEndpointVariable(body);
    return analyseScriptRegion(text, region, {
      apiVersion,
      fileMentionsMetadata: namesMetadataHeader(body),
      urlContext: () => (aware ? 'endpoint-aware' : 'none'),
      portScope: { code: body, caseInsensitive: dialect === 'pwsh' },
      fileSpeaksOfIdentity: false,
    });
  }
  if (mentionsEndpointVariable(body)) return [];
  const posts = POST_EVIDENCE.test(body);
  return findLegacyPrefixes(body)
    .filter((match) => match.port === LEGACY_DEFAULT_PORT)
    .map((match) => {
      const start = fence.start + match.start;
      const end = fence.start + match.end;
      const fix = posts ? undefined : literalUrlFix(text, start, end, apiVersion);
      return {
        ruleId: 'legacy-endpoint' as const,
        severity: 'error' as const,
        start,
        end,
        message: fix
          ? 'Code sample uses the retired VM extension token URL.'
          : posts
            ? 'Code sample uses the retired VM extension token URL with a POST/form body; rewrite it by hand.'
            : 'Code sample uses the retired VM extension token URL in a form the tool does not rewrite ' +
              '(its api-version, or what follows the path); rewrite it by hand.',
        ...(fix ? { fix, fixDescription: 'rewritten to IMDS' } : {}),
        blocksFile: true,
      };
    });
}

/** The query of a URL in prose or a code sample: up to whitespace, a quote, or a closing bracket. */
const QUERY_TEXT = /[^\s'"`)<>\]]*/y;

/** Host/port/path replaced and api-version added right after it (first in the query), or an existing one's value replaced. */
function literalUrlFix(text: string, start: number, end: number, apiVersion: string): TextEdit[] | undefined {
  const next = text[end];
  if (next === '?') {
    QUERY_TEXT.lastIndex = end + 1;
    const queryEnd = end + 1 + QUERY_TEXT.exec(text)![0].length;
    const apiVersionEdits = apiVersionQueryEdits(text, end + 1, queryEnd, apiVersion);
    return typeof apiVersionEdits === 'string' ? undefined : [{ start, end, text: IMDS_TOKEN_ENDPOINT }, ...apiVersionEdits];
  }
  if (next !== undefined && /[\w#%/]/.test(next)) return undefined;
  return [{ start, end, text: `${IMDS_TOKEN_ENDPOINT}?api-version=${apiVersion}` }];
}

function asDocumentation(draft: DraftFinding, includeDocs: boolean): DraftFinding {
  if (includeDocs) return { ...draft, severity: 'info' };
  if (!draft.fix) return { ...draft, severity: 'info', blocksFile: false };
  return {
    ...withoutFix(draft),
    message: `${draft.message} Markdown is report-only: with the includeDocs option (--include-docs) it would be ${draft.fixDescription}.`,
    severity: 'info',
    blocksFile: false,
  };
}
