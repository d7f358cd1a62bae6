import { ts } from 'ts-morph';
import type { EngineContext } from '../context';
import { isValueReference } from '../ast/scope';
import type { DraftFinding } from '../requests/planRequest';
import { evaluatePieces } from '../url/evaluate';
import { matchLegacyUrl } from '../url/matchLegacyUrl';

export interface ImportedLegacyUses {
  findings: DraftFinding[];
  /** The modules those values come from. */
  modules: string[];
}

/**
 * Uses of an imported legacy URL const outside the requests the engine rewrites (a wrapper, a log, a
 * re-export): reported, and the module named, so that it is not rewritten behind this file's back.
 */
export function detectImportedLegacyUses(ctx: EngineContext, rewrittenSites: readonly ts.Node[]): ImportedLegacyUses {
  const findings: DraftFinding[] = [];
  const modules = new Set<string>();
  if (!ctx.scope.imports) return { findings, modules: [] };
  const inSite = (node: ts.Node): boolean => rewrittenSites.some((site) => node.getStart() >= site.getStart() && node.getEnd() <= site.getEnd());
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && isValueReference(node) && !inSite(node)) {
      const binding = ctx.scope.bindingOf(node);
      if (binding?.kind === 'import' && binding.moduleName.startsWith('.')) {
        const exported = ctx.scope.imports!.exportedConst(ctx.sourceFile.fileName, binding.moduleName, binding.importedName);
        const shape = exported ? matchLegacyUrl(evaluatePieces(exported.initializer, exported.scope), ['full', 'base']) : undefined;
        if (exported && shape?.hasLegacyPort) {
          modules.add(exported.scope.sourceFile.fileName);
          findings.push({
            ruleId: 'manual-review',
            severity: 'error',
            message: `${node.text} (imported from ${binding.moduleName}) names the retired Managed Identity VM extension, and this use is not a request the tool can rewrite; migrate it by hand together with ${exported.scope.sourceFile.fileName}.`,
            start: node.getStart(),
            end: node.getEnd(),
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  return { findings, modules: [...modules].sort() };
}
