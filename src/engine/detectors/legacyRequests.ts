import { ts } from '../typescript';
import { readMsRestParts, readRequestParts } from '../clients/readRequestParts';
import { urlObjectProblem } from '../clients/urlObject';
import type { EngineContext } from '../context';
import { planRequest, type RequestOutcome } from '../requests/planRequest';
import type { RequestParts } from '../requests/types';

export interface PlannedRequest {
  parts: RequestParts;
  outcome: RequestOutcome;
}

/** Every call in the file that asks the VM extension for a token, with its planned rewrite. */
export function detectLegacyRequests(ctx: EngineContext): PlannedRequest[] {
  const usesMsRest = /ms-rest-js|ms-rest-azure|ms-rest-nodeauth/.test(ctx.text);
  const planned: PlannedRequest[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const parts = readRequestParts(node, ctx) ?? readMsRestParts(node, ctx, usesMsRest);
      if (parts) {
        const problem = urlObjectProblem(parts.url, ctx);
        if (problem) parts.problems.push(problem);
        const outcome = planRequest(parts, ctx);
        if (outcome) planned.push({ parts, outcome });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  return planned;
}
