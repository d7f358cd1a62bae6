import { onRewritableSide, type Step } from '../ledger';
import { manualReview } from '../findings';
import { CLOUD_SHELL_UNCLEAR_REASON, cloudShellClientFinding } from './cloudShellContext';
import { sharedConstProblems } from './sharedConsts';
import type { EngineContext } from '../context';
import type { PlannedRequest } from './legacyRequests';

/**
 * Step: decides, for each legacy request, what is written: its planned rewrite, a manual-review item (its URL
 * const has uses the engine does not understand, or the file also serves Cloud Shell or App Service through
 * MSI_ENDPOINT), or an `info` for Cloud Shell's own client.
 */
export const decideRequestRewrites: Step = (ctx, ledger) => {
  // Only the requests that are rewritten edit consts: a Cloud Shell client reading the same const is another use of it.
  const rewritten = ledger.requests.filter((request) => onRewritableSide(request, ctx));
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
      constProblems.get(request) ??
      indirectModuleProblem(request, ctx);
    if (problem && request.outcome.findings.some((finding) => finding.fix)) {
      ledger.findings.push(manualReview(request.outcome.findings[0], problem));
      continue;
    }
    ledger.findings.push(...request.outcome.findings);
    ledger.removedPorts.push(...request.outcome.removedPorts);
    request.outcome.keptReferences?.forEach((node) => ledger.keptReferences.add(node));
  }
};

/**
 * Why a request whose rewrite edits a value in a module reached through a re-export, a JSON module or a
 * class's static member is reported instead: a project run pairs an exporter with the importers that name
 * it, and those that reach its value another way would be left pointing at half a URL.
 */
function indirectModuleProblem(request: PlannedRequest, ctx: EngineContext): string | undefined {
  const indirect = ctx.scope.imports?.indirect;
  if (!indirect || indirect.size === 0) return undefined;
  for (const finding of request.outcome.findings) {
    for (const edit of finding.fix ?? []) {
      const how = edit.filename === undefined ? undefined : indirect.get(edit.filename);
      if (how)
        return `its URL comes from ${edit.filename} (${how}), which the tool follows but does not rewrite across; change the two by hand together`;
    }
  }
  return undefined;
}
