import type { ts } from './typescript';
import type { PlannedRequest } from './detectors/legacyRequests';
import type { DraftFinding } from './types';

/**
 * What the steps of one file's migration (see migrateSource) hand each other: each step reads what the
 * earlier ones found and adds its own. One object, so that every step has the same signature.
 */
export interface Ledger {
  /** Calls that ask the VM extension for a token, each with its planned rewrite. */
  requests: PlannedRequest[];
  /** Every finding so far, with its fix when it has one. */
  findings: DraftFinding[];
  /** Literals a finding already accounts for (rewritten or reported): not reported again as strays. */
  accountedFor: Set<ts.Node>;
  /** Port expressions the rewrite deletes from the source: their variables may become dead. */
  removedPorts: ts.Expression[];
  /** Identifiers that text the rewrite moves (a form body into a URL) still reads: their declarations stay. */
  keptReferences: Set<ts.Node>;
  /** Modules whose legacy values this file uses in ways the engine cannot rewrite: they must not change alone. */
  blockedModules: Set<string>;
}

/** A step of the migration of one file: reads the context and the ledger, adds to the ledger. */
export type Step = (ctx: import('./context').EngineContext, ledger: Ledger) => void;

export function emptyLedger(): Ledger {
  return { requests: [], findings: [], accountedFor: new Set(), removedPorts: [], keptReferences: new Set(), blockedModules: new Set() };
}

/** True when the request's side lets it be rewritten: not Cloud Shell's own client, nor one the tool cannot place. */
export function onRewritableSide(request: PlannedRequest, ctx: import('./context').EngineContext): boolean {
  return ctx.cloudShell.verdictAt(request.parts.node) === 'none';
}

/** The requests the engine rewrites (not reported): their calls. */
export function rewrittenSites(ledger: Ledger, ctx: import('./context').EngineContext): ts.Node[] {
  // Cloud Shell's own client, or a request whose side the tool cannot tell, is left as it is even when a rewrite was planned.
  return ledger.requests
    .filter((request) => request.outcome.findings.some((finding) => finding.fix) && onRewritableSide(request, ctx))
    .map((request) => request.parts.node);
}
