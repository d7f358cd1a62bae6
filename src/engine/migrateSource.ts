import { DEFAULT_API_VERSION } from './apiVersions';
import { FileScope } from './ast/scope';
import { ImportedConsts } from './ast/importedConsts';
import { preferredQuote } from './ast/quotes';
import type { EngineContext } from './context';
import { cloudShellContext } from './detectors/cloudShellContext';
import { cleanUpDeadPorts } from './detectors/deadPortConfig';
import { reportExtensionProvisioning } from './detectors/extensionProvisioning';
import { reportImportedLegacyUses } from './detectors/importedLegacyValues';
import { rewriteValuesForImporters } from './detectors/importerEdits';
import { legacyExports } from './detectors/legacyExports';
import { findLegacyRequests } from './detectors/legacyRequests';
import { findLegacySdkOptions } from './detectors/legacySdkOptions';
import { removeOrphanedLocalsStep } from './detectors/orphanedLocals';
import { decideRequestRewrites } from './detectors/requestRewrites';
import { reportScatteredLegacyPieces } from './detectors/scatteredPieces';
import { reportStrayLegacyLiterals } from './detectors/strayLegacyLiterals';
import { assembleFileResult, parseFailureResult, type OutputCheck } from './fileResult';
import { emptyLedger, type Step } from './ledger';
import { parseSource } from './parse';
import type { DraftFinding, FileResult, MigrateOptions } from './types';

/**
 * The migration of one file, in order: each step reads the ledger the earlier ones filled (see Ledger).
 */
const STEPS: readonly Step[] = [
  // Client calls that ask the extension for a token, each with its planned rewrite; IMDS requests' gaps.
  findLegacyRequests,
  // Each request rewritten, or reported (a URL const used elsewhere, Cloud Shell or App Service context).
  decideRequestRewrites,
  // Legacy SDK options (msiEndpoint, port) and legacy SDK versions' calls.
  findLegacySdkOptions,
  // Values of this file that importers' requests use (a project run): rewritten with them.
  rewriteValuesForImporters,
  // Imported legacy values used where the engine cannot follow them.
  reportImportedLegacyUses,
  // Anything else that names the extension's address: reported, not guessed at.
  reportStrayLegacyLiterals,
  // A file nothing flagged that still holds the extension's host, port and path as separate literals.
  reportScatteredLegacyPieces,
  // Application code that deploys the extension through an SDK (Azure SDK, Pulumi).
  reportExtensionProvisioning,
  // Port variables the rewrite leaves unused.
  cleanUpDeadPorts,
  // Local consts that only fed what the rewrite deletes.
  removeOrphanedLocalsStep,
];

/**
 * Finds legacy VM-extension token requests in one JS/TS file and plans their IMDS rewrite. Pure: text
 * in, findings and migrated text out.
 */
export function migrateSource(text: string, options: MigrateOptions): FileResult {
  // Parsed once, with the TypeScript parser alone (parent links are set by the FileScope walk); a file
  // that does not parse is reported, untouched.
  const { sourceFile, syntaxError } = parseSource(text, options.filename, false);
  if (syntaxError) return unparsable(text, options.filename, syntaxError);
  const scope = new FileScope(sourceFile, options.modules ? new ImportedConsts(options.modules) : undefined);
  const ctx: EngineContext = {
    sourceFile,
    text,
    scope,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    quote: preferredQuote(scope),
    cloudShell: cloudShellContext(scope),
    legacySdkVersions: options.legacySdkVersions,
    importedBy: options.importedBy ?? [],
  };
  const ledger = emptyLedger();
  for (const step of STEPS) step(ctx, ledger);

  // One result (see assembleFileResult): all fixes or none, and the migrated text must parse again.
  const result = assembleFileResult(text, options.filename, ledger.findings.map(blockingWhenManual), parsesAgain(options));
  if (ledger.blockedModules.size > 0) result.blockedModules = [...ledger.blockedModules].sort();
  const exported = legacyExports(
    [
      ...ledger.findings.filter((finding) => finding.ruleId === 'manual-review').map((finding) => finding.start),
      ...[...ledger.accountedFor].map((node) => node.getStart()),
    ],
    ledger.requests.map((request) => request.parts.node),
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
