import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';
import { evaluatePieces } from '../url/evaluate';
import { hostHoleIsExtension, matchLegacyUrl } from '../url/matchLegacyUrl';
import { rewrittenSites, type Step } from '../ledger';
import type { FileScope } from '../ast/scope';
import { skipWrappers } from '../ast/wrappers';
import { holdsLegacyMaterial } from './legacyExports';

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
  const inCall = (node: ts.Node): boolean =>
    rewrittenSites.some((site) => node.getStart() >= site.getStart() && node.getEnd() <= site.getEnd());
  // In a rewritten request, or in the initializer of a local that only rewritten requests read (`const url = …`).
  const inSite = (node: ts.Node, depth = 0): boolean => {
    if (inCall(node)) return true;
    const local = depth < 3 ? enclosingLocal(node) : undefined;
    const references = local ? ctx.scope.referencesOf(local) : [];
    return references.length > 0 && references.every((reference) => inSite(reference, depth + 1));
  };
  // Only names bound by a relative import can hold another module's const: look at those alone.
  const importedNames = relativeImportNames(ctx.sourceFile);
  for (const name of importedNames) {
    for (const node of ctx.scope.occurrencesOf(name)) {
      if (inSite(node)) continue;
      const binding = ctx.scope.bindingOf(node);
      if (binding?.kind === 'import' && binding.moduleName.startsWith('.')) {
        const exported = ctx.scope.imports!.exportedConst(ctx.sourceFile.fileName, binding.moduleName, binding.importedName);
        if (exported && namesExtension(exported.initializer, exported.scope)) {
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

/** The variable declaration (with a name of its own) whose initializer holds `node`, if any. */
function enclosingLocal(node: ts.Node): ts.VariableDeclaration | undefined {
  for (let current: ts.Node | undefined = node.parent; current && !ts.isSourceFile(current); current = current.parent) {
    if (ts.isVariableDeclaration(current))
      return ts.isIdentifier(current.name) && current.initializer && node.getStart() >= current.initializer.getStart()
        ? current
        : undefined;
    if (ts.isFunctionLike(current)) return undefined;
  }
  return undefined;
}

/**
 * The imported const's value names the extension: its URL (or base) with the legacy port, or an object that spells
 * its address in members (`{ host: 'localhost', port: 50342 }`: spread into options, or read member by member).
 */
function namesExtension(initializer: ts.Expression, scope: FileScope): boolean {
  if (ts.isObjectLiteralExpression(skipWrappers(initializer))) return holdsLegacyMaterial(initializer, scope);
  const shape = matchLegacyUrl(evaluatePieces(initializer, scope), ['full', 'base']);
  return shape !== undefined && shape.hasLegacyPort && hostHoleIsExtension(shape, shape.kind === 'full');
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
  const { findings, modules } = detectImportedLegacyUses(ctx, rewrittenSites(ledger, ctx));
  ledger.findings.push(...findings);
  modules.forEach((module) => ledger.blockedModules.add(module));
};
