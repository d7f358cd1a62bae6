import type { Step } from '../ledger';
import { manualReview } from '../findings';
import { CLOUD_SHELL_UNCLEAR_REASON, cloudShellClientFinding } from './cloudShellContext';
import { sharedConstProblems } from './sharedConsts';

/**
 * Step: decides, for each legacy request, what is written: its planned rewrite, a manual-review item (its URL
 * const has uses the engine does not understand, or the file also serves Cloud Shell or App Service through
 * MSI_ENDPOINT), or an `info` for Cloud Shell's own client.
 */
export const decideRequestRewrites: Step = (ctx, ledger) => {
  // Only the requests that are rewritten edit consts: a Cloud Shell client reading the same const is another use of it.
  const rewritten = ledger.requests.filter((request) => ctx.cloudShell.verdictAt(request.parts.node) === 'none');
  const constProblems = sharedConstProblems(rewritten, ctx);
  for (const request of ledger.requests) {
    request.outcome.consumed.forEach((node) => ledger.accountedFor.add(node));
    const verdict = ctx.cloudShell.verdictAt(request.parts.node);
    if (verdict === 'cloud-shell-client') {
      ledger.findings.push(cloudShellClientFinding(request.parts.node));
      continue;
    }
    const problem =
      (verdict === 'endpoint-aware' ? ctx.cloudShell.endpointAwareReason : undefined) ??
      (verdict === 'cloud-shell-unclear' ? CLOUD_SHELL_UNCLEAR_REASON : undefined) ??
      constProblems.get(request);
    if (problem && request.outcome.findings.some((finding) => finding.fix)) {
      ledger.findings.push(manualReview(request.outcome.findings[0], problem));
      continue;
    }
    ledger.findings.push(...request.outcome.findings);
    ledger.removedPorts.push(...request.outcome.removedPorts);
    request.outcome.keptReferences?.forEach((node) => ledger.keptReferences.add(node));
  }
};
