import { ts } from '../typescript';
import { readMsRestParts, readRequestParts } from '../clients/readRequestParts';
import { urlObjectProblem } from '../clients/urlObject';
import type { EngineContext } from '../context';
import { planRequest, type RequestOutcome } from '../requests/planRequest';
import type { RequestParts } from '../requests/types';
import { imdsAdvisories, isImdsTokenRequest } from '../requests/imdsAdvisories';
import type { DraftFinding } from '../types';
import type { Step } from '../ledger';

export interface PlannedRequest {
  parts: RequestParts;
  outcome: RequestOutcome;
}

/**
 * Every call in the file that asks the VM extension for a token, with its planned rewrite; and what IMDS
 * token requests already in the file lack (see imdsAdvisories).
 */
export function detectLegacyRequests(ctx: EngineContext): { planned: PlannedRequest[]; imdsFindings: DraftFinding[] } {
  const usesMsRest = /ms-rest-js|ms-rest-azure|ms-rest-nodeauth/.test(ctx.text);
  const planned: PlannedRequest[] = [];
  const imdsFindings: DraftFinding[] = [];
  ctx.scope.forEachNode((node) => {
    if (ts.isCallExpression(node)) {
      const parts = readRequestParts(node, ctx) ?? readMsRestParts(node, ctx, usesMsRest);
      if (parts) {
        const problem = urlObjectProblem(parts.url, ctx);
        if (problem) parts.problems.push(problem);
        const outcome = planRequest(parts, ctx);
        if (outcome) planned.push({ parts, outcome });
        else if (isImdsTokenRequest(parts, ctx)) imdsFindings.push(...imdsAdvisories(parts, ctx));
      }
    }
  });
  return { planned, imdsFindings };
}

/** Step: the file's legacy token requests, each with its planned rewrite, and what its IMDS requests lack. */
export const findLegacyRequests: Step = (ctx, ledger) => {
  const { planned, imdsFindings } = detectLegacyRequests(ctx);
  ledger.requests.push(...planned);
  ledger.findings.push(...imdsFindings);
};
