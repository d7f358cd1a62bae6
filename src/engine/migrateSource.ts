import type { ts } from './typescript';
import { DEFAULT_API_VERSION } from './apiVersions';
import { applyEdits, findOverlap, normaliseEdits } from './applyEdits';
import { FileScope } from './ast/scope';
import { ImportedConsts } from './ast/importedConsts';
import type { EngineContext } from './context';
import { cloudShellContext } from './detectors/cloudShellContext';
import { detectDeadPortConfig } from './detectors/deadPortConfig';
import { detectLegacyRequests } from './detectors/legacyRequests';
import { detectLegacySdkOptions } from './detectors/legacySdkOptions';
import { detectExtensionProvisioning } from './detectors/extensionProvisioning';
import { sharedConstProblems } from './detectors/sharedConsts';
import { legacyExports } from './detectors/legacyExports';
import { importedUseFindings } from './detectors/importerEdits';
import { manualReview } from './findings';
import { detectStrayLegacyLiterals } from './detectors/strayLegacyLiterals';
import { detectImportedLegacyUses } from './detectors/importedLegacyValues';
import { parseSource } from './parse';
import { LineIndex } from './positions';
import type { DraftFinding } from './requests/planRequest';
import { preferredQuote } from './ast/quotes';
import type { ExternalEdit, FileResult, Finding, MigrateOptions, TextEdit } from './types';

/**
 * Finds legacy VM-extension token requests in one JS/TS file and plans their IMDS rewrite. Pure: text
 * in, findings and migrated text out. The steps, in order:
 */
export function migrateSource(text: string, options: MigrateOptions): FileResult {
  const lines = new LineIndex(text);
  // 1. Parse once, with the TypeScript parser alone; a file that does not parse is reported, untouched.
  //    (Parent links are set by the FileScope walk below, not by a pass of their own.)
  const { sourceFile, syntaxError } = parseSource(text, options.filename, false);
  if (syntaxError) return parseFailure(text, options.filename, syntaxError, lines);

  const ctx: EngineContext = {
    sourceFile,
    text,
    scope: new FileScope(sourceFile, options.modules ? new ImportedConsts(options.modules) : undefined),
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    quote: preferredQuote(sourceFile),
  };
  // 2. Client calls that ask the extension for a token, each with its planned rewrite.
  const planned = detectLegacyRequests(ctx);
  // 3. A const that a rewrite edits must not have uses the engine does not understand.
  const constProblems = sharedConstProblems(planned, ctx);
  // 4. Cloud Shell / App Service context: report, never rewrite.
  const cloudShell = cloudShellContext(ctx);
  const drafts: DraftFinding[] = [];
  const consumed = new Set<ts.Node>();
  const removedPorts: ts.Expression[] = [];
  for (const request of planned) {
    request.outcome.consumed.forEach((node) => consumed.add(node));
    const problem = cloudShell ?? constProblems.get(request);
    if (problem && request.outcome.findings.some((finding) => finding.fix)) {
      drafts.push(manualReview(request.outcome.findings[0], problem));
      continue;
    }
    drafts.push(...request.outcome.findings);
    removedPorts.push(...request.outcome.removedPorts);
  }
  // 5. Legacy SDK options (msiEndpoint, port).
  const sdk = detectLegacySdkOptions(ctx, options.legacySdkVersions);
  sdk.consumed.forEach((node) => consumed.add(node));
  drafts.push(...sdk.findings.map((finding) => (cloudShell && finding.fix ? manualReview(finding, cloudShell) : finding)));
  // 6. Consts of this file that importers' requests use (a project run): rewritten with them.
  drafts.push(...importedUseFindings(options.importedBy ?? [], ctx, consumed));
  // 7. Imported legacy consts used where the engine cannot follow them, and anything else that names
  //    localhost:50342, are reported, not guessed at.
  const rewrittenSites = planned
    .filter((request) => request.outcome.findings.some((finding) => finding.fix))
    .map((request) => request.parts.node);
  const importedUses = detectImportedLegacyUses(ctx, rewrittenSites);
  drafts.push(...importedUses.findings);
  drafts.push(...detectStrayLegacyLiterals(ctx, consumed, cloudShell));
  // 8. Application code that deploys the extension through an SDK (Azure SDK, Pulumi).
  drafts.push(...detectExtensionProvisioning(sourceFile, text));
  // 9. Port variables the rewrite leaves unused.
  drafts.push(
    ...detectDeadPortConfig(
      removedPorts,
      drafts.flatMap((draft) => draft.fix ?? []),
      ctx,
    ),
  );

  const result = finish(text, options.filename, drafts, lines, options.verifyOutput !== false);
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
 * Applies every fix, or none when anything in the file needs a person (never half-migrated). `verify`:
 * the safety net (see MigrateOptions.verifyOutput).
 */
function finish(text: string, filename: string, drafts: DraftFinding[], lines: LineIndex, verify: boolean): FileResult {
  // Edits that belong to an imported module leave the findings: the project run applies them there.
  const externalEdits: ExternalEdit[] = [];
  let findings = drafts
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((finding) => {
      if (!finding.fix) return finding;
      const local: TextEdit[] = [];
      for (const { filename: target, ...edit } of finding.fix) {
        if (target === undefined || target === filename) local.push(edit);
        else externalEdits.push({ ...edit, filename: target });
      }
      return { ...finding, fix: local };
    });
  // A token request the engine cannot rewrite blocks every edit of the file. A provisioning call that is
  // only reported does not: deleting an extensions-array entry elsewhere stands on its own.
  const blocked = findings.some((finding) => finding.ruleId === 'manual-review');
  const edits: TextEdit[] = blocked ? [] : normaliseEdits(findings.flatMap((finding) => finding.fix ?? []));
  let output = text;
  let problem: string | undefined;
  if (!blocked && edits.length > 0) {
    if (findOverlap(edits)) problem = 'two rewrites in this file overlap';
    else {
      output = applyEdits(text, edits);
      if (verify && parseSource(output, filename, false).syntaxError) problem = 'the rewrite would not parse';
    }
  }
  if (problem) {
    // A safety net, not a path: the engine's own plan was inconsistent, so nothing is written.
    output = text;
    findings = findings.map((finding) =>
      finding.fix ? manualReview(finding, `the tool could not rewrite this safely (${problem})`) : finding,
    );
  } else if (blocked) {
    findings = findings.map((finding) =>
      finding.fix
        ? {
            ...finding,
            fix: undefined,
            message: `${finding.message} Not rewritten: this file also has items that need manual review, and a file is never left half-migrated.`,
          }
        : finding,
    );
  }
  const external = blocked || problem || externalEdits.length === 0 ? undefined : (normaliseEdits(externalEdits) as ExternalEdit[]);
  return {
    filename,
    findings: findings.map((finding) => locate(finding, lines)),
    output,
    changed: output !== text,
    ...(external ? { externalEdits: external } : {}),
  };
}

function locate(finding: DraftFinding, lines: LineIndex): Finding {
  return { ...finding, loc: { start: lines.position(finding.start), end: lines.position(finding.end) } };
}

function parseFailure(text: string, filename: string, error: { message: string; start: number }, lines: LineIndex): FileResult {
  const loc = lines.position(error.start);
  return {
    filename,
    findings: [
      {
        ruleId: 'parse-error',
        severity: 'error',
        message: `Could not parse this file (${error.message}); it was left unchanged. Fix the syntax error, or exclude the file.`,
        start: error.start,
        end: error.start,
        loc: { start: loc, end: loc },
      },
    ],
    output: text,
    changed: false,
    parseError: { message: error.message, loc },
  };
}
