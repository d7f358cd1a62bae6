import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';
import { evaluatePieces } from '../url/evaluate';
import { matchLegacyUrl } from '../url/matchLegacyUrl';
import { rewrittenSites, type Step } from '../ledger';

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
  const inSite = (node: ts.Node): boolean =>
    rewrittenSites.some((site) => node.getStart() >= site.getStart() && node.getEnd() <= site.getEnd());
  // Only names bound by a relative import can hold another module's const: look at those alone.
  const importedNames = relativeImportNames(ctx.sourceFile);
  for (const name of importedNames) {
    for (const node of ctx.scope.occurrencesOf(name)) {
      if (inSite(node)) continue;
      const binding = ctx.scope.bindingOf(node);
      if (binding?.kind === 'import' && binding.moduleName.startsWith('.')) {
        const exported = ctx.scope.imports!.exportedConst(ctx.sourceFile.fileName, binding.moduleName, binding.importedName);
        const shape = exported ? matchLegacyUrl(evaluatePieces(exported.initializer, exported.scope), ['full', 'base']) : undefined;
        if (exported && shape?.hasLegacyPort) {
          modules.add(exported.scope.sourceFile.fileName);
          findings.push({
            ruleId: 'manual-review',
            severity: 'error',
            message:
              `${node.text} (imported from ${binding.moduleName}) names the retired Managed Identity VM extension, ` +
              `and this use is not a request the tool can rewrite; migrate it by hand together with ${exported.scope.sourceFile.fileName}.`,
            start: node.getStart(),
            end: node.getEnd(),
          });
        }
      }
    }
  }
  return { findings, modules: [...modules].sort() };
}

/** Local names bound by `import … from './x'` or `require('./x')` declarations at the top level. */
function relativeImportNames(sourceFile: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of sourceFile.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text.startsWith('.')
    ) {
      const clause = statement.importClause;
      if (clause?.name) names.push(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((element) => element.name.text));
    } else if (ts.isVariableStatement(statement) && /require\(\s*['"]\./.test(statement.getText())) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isObjectBindingPattern(declaration.name)) {
          for (const element of declaration.name.elements) if (ts.isIdentifier(element.name)) names.push(element.name.text);
        }
      }
    }
  }
  return names;
}

/** Step: imported legacy values used where the engine cannot follow them; their modules must not change alone. */
export const reportImportedLegacyUses: Step = (ctx, ledger) => {
  const { findings, modules } = detectImportedLegacyUses(ctx, rewrittenSites(ledger));
  ledger.findings.push(...findings);
  modules.forEach((module) => ledger.blockedModules.add(module));
};
