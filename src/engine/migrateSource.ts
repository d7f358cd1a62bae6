import type { ts } from './typescript';
import { DEFAULT_API_VERSION } from './apiVersions';
import { FileScope } from './ast/scope';
import { ImportedConsts } from './ast/importedConsts';
import type { EngineContext } from './context';
import { cloudShellClientFinding, cloudShellContext } from './detectors/cloudShellContext';
import { detectDeadPortConfig } from './detectors/deadPortConfig';
import { detectLegacyRequests } from './detectors/legacyRequests';
import { detectLegacySdkOptions } from './detectors/legacySdkOptions';
import { detectExtensionProvisioning } from './detectors/extensionProvisioning';
import { sharedConstProblems } from './detectors/sharedConsts';
import { legacyExports } from './detectors/legacyExports';
import { importedUseFindings } from './detectors/importerEdits';
import { manualReview } from './findings';
import { assembleFileResult, parseFailureResult, type OutputCheck } from './fileResult';
import { detectStrayLegacyLiterals } from './detectors/strayLegacyLiterals';
import { detectImportedLegacyUses } from './detectors/importedLegacyValues';
import { removeOrphanedLocals } from './detectors/orphanedLocals';
import { parseSource } from './parse';
import { preferredQuote } from './ast/quotes';
import type { DraftFinding, FileResult, MigrateOptions } from './types';

/**
 * Finds legacy VM-extension token requests in one JS/TS file and plans their IMDS rewrite. Pure: text
 * in, findings and migrated text out. The steps, in order:
 */
export function migrateSource(text: string, options: MigrateOptions): FileResult {
  // 1. Parse once, with the TypeScript parser alone; a file that does not parse is reported, untouched.
  //    (Parent links are set by the FileScope walk below, not by a pass of their own.)
  const { sourceFile, syntaxError } = parseSource(text, options.filename, false);
  if (syntaxError) return unparsable(text, options.filename, syntaxError);

  const ctx: EngineContext = {
    sourceFile,
    text,
    scope: new FileScope(sourceFile, options.modules ? new ImportedConsts(options.modules) : undefined),
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    quote: preferredQuote(sourceFile),
  };
  // 2. Client calls that ask the extension for a token, each with its planned rewrite.
  const { planned, imdsFindings } = detectLegacyRequests(ctx);
  // 3. A const that a rewrite edits must not have uses the engine does not understand.
  const constProblems = sharedConstProblems(planned, ctx);
  // 4. Cloud Shell / App Service context: report, never rewrite.
  const cloudShell = cloudShellContext(ctx);
  const drafts: DraftFinding[] = [];
  const consumed = new Set<ts.Node>();
  const removedPorts: ts.Expression[] = [];
  for (const request of planned) {
    request.outcome.consumed.forEach((node) => consumed.add(node));
    const verdict = cloudShell.verdictAt(request.parts.node);
    if (verdict === 'cloud-shell-client') {
      drafts.push(cloudShellClientFinding(request.parts.node));
      continue;
    }
    const problem = (verdict === 'endpoint-aware' ? cloudShell.endpointAwareReason : undefined) ?? constProblems.get(request);
    if (problem && request.outcome.findings.some((finding) => finding.fix)) {
      drafts.push(manualReview(request.outcome.findings[0], problem));
      continue;
    }
    drafts.push(...request.outcome.findings);
    removedPorts.push(...request.outcome.removedPorts);
  }
  // 5. IMDS token requests already in the file (written by a person, or by an earlier run): what they lack.
  drafts.push(...imdsFindings);
  // 6. Legacy SDK options (msiEndpoint, port).
  const sdk = detectLegacySdkOptions(ctx, options.legacySdkVersions);
  sdk.consumed.forEach((node) => consumed.add(node));
  drafts.push(
    ...sdk.findings.map((finding) =>
      cloudShell.endpointAwareReason && finding.fix ? manualReview(finding, cloudShell.endpointAwareReason) : finding,
    ),
  );
  // 7. Consts of this file that importers' requests use (a project run): rewritten with them.
  drafts.push(...importedUseFindings(options.importedBy ?? [], ctx, consumed));
  // 8. Imported legacy consts used where the engine cannot follow them, and anything else that names
  //    localhost:50342, are reported, not guessed at.
  const rewrittenSites = planned
    .filter((request) => request.outcome.findings.some((finding) => finding.fix))
    .map((request) => request.parts.node);
  const importedUses = detectImportedLegacyUses(ctx, rewrittenSites);
  drafts.push(...importedUses.findings);
  drafts.push(...detectStrayLegacyLiterals(ctx, consumed, cloudShell));
  // 9. Application code that deploys the extension through an SDK (Azure SDK, Pulumi).
  drafts.push(...detectExtensionProvisioning(sourceFile, text));
  // 10. Port variables the rewrite leaves unused.
  drafts.push(
    ...detectDeadPortConfig(
      removedPorts,
      drafts.flatMap((draft) => draft.fix ?? []),
      ctx,
    ),
  );
  // 11. Local consts that only fed what the rewrite deletes go with it.
  const keptReferences = new Set(planned.flatMap((request) => [...(request.outcome.keptReferences ?? [])]));
  const finalDrafts = removeOrphanedLocals(drafts, keptReferences, ctx);

  // 12. One result (see assembleFileResult): all fixes or none, and the migrated text must parse again.
  const result = assembleFileResult(text, options.filename, finalDrafts.map(blockingWhenManual), parsesAgain(options));
  if (importedUses.modules.length > 0) result.blockedModules = importedUses.modules;
  const exported = legacyExports(
    [
      ...drafts.filter((draft) => draft.ruleId === 'manual-review').map((draft) => draft.start),
      ...[...consumed].map((node) => node.getStart()),
    ],
    ctx,
  );
  return exported.length > 0 ? { ...result, legacyExports: exported } : result;
}

/**
 * What blocks a script file is the engine's call: a manual-review item blocks every edit of the file; a
 * provisioning call that is only reported does not (deleting an extensions-array entry elsewhere stands on its own).
 */
function blockingWhenManual(draft: DraftFinding): DraftFinding {
  return draft.ruleId === 'manual-review' ? { ...draft, blocksFile: true } : draft;
}

/** The script kind's re-parse net: the migrated text must parse as the file's language (unless the caller opts out). */
function parsesAgain(options: MigrateOptions): OutputCheck | undefined {
  if (options.verifyOutput === false) return undefined;
  return (output) => (parseSource(output, options.filename, false).syntaxError ? 'the rewrite would not parse' : undefined);
}

function unparsable(text: string, filename: string, syntaxError: { message: string; start: number }): FileResult {
  const message = `Could not parse this file (${syntaxError.message}); it was left unchanged. Fix the syntax error, or exclude the file.`;
  return parseFailureResult(text, filename, { reason: syntaxError.message, message, start: syntaxError.start });
}
