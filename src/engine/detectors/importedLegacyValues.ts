import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';
import { evaluatePieces } from '../url/evaluate';
import { hostHoleIsExtension, matchLegacyUrl } from '../url/matchLegacyUrl';
import { rewrittenSites, type Step } from '../ledger';
import type { FileScope } from '../ast/scope';
import { skipWrappers } from '../ast/wrappers';
import { requiredModuleName } from '../ast/scope';
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
export function detectImportedLegacyUses(
  ctx: EngineContext,
  rewrittenSites: readonly ts.Node[],
  reportedSpans: ReadonlyArray<{ start: number; end: number }> = [],
): ImportedLegacyUses {
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
  const reported = (node: ts.Node): boolean =>
    reportedSpans.some((span) => node.getStart() >= span.start && node.getEnd() <= span.end) ||
    findings.some((finding) => finding.start === node.getStart());
  // Only names bound by a relative import can hold another module's const: look at those alone.
  const importedNames = relativeImportNames(ctx.sourceFile);
  for (const name of importedNames) {
    for (const node of ctx.scope.occurrencesOf(name)) {
      if (inSite(node)) continue;
      const binding = ctx.scope.bindingOf(node);
      const built = reported(node) ? undefined : builtFromExtension(node, ctx);
      if (built) {
        modules.add(built.module);
        findings.push({
          ruleId: 'manual-review',
          severity: 'error',
          message:
            `${node.text} (imported from ${built.specifier}) is built from the retired Managed Identity VM extension's address in ` +
            `${built.module} (${built.what}), which the tool does not follow into this file; migrate the requests made with it by hand ` +
            `together with ${built.module}.`,
          start: node.getStart(),
          end: node.getEnd(),
        });
        continue;
      }
      if (binding?.kind === 'import' && binding.moduleName.startsWith('.')) {
        const exported = ctx.scope.imports!.exportedConst(ctx.sourceFile.fileName, binding.moduleName, binding.importedName);
        if (exported && !namesExtension(exported.initializer, exported.scope)) {
          // A piece of the extension's address (`'localhost'`, 50342) used by some other request or code here (a
          // metrics scrape on the same host): nothing to report in this file, but the module must not be rewritten
          // for another file's token request, or this use would go to IMDS's address too.
          if (holdsLegacyMaterial(exported.initializer, exported.scope)) modules.add(exported.scope.sourceFile.fileName);
          continue;
        }
        if (exported) {
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

/**
 * An imported client instance, options builder or class whose module spells the extension's address inside it
 * (`module.exports = axios.create({ baseURL: 'http://localhost:50342' })`, `exports.tokenRequestOptions = (r) =>
 * ({ hostname: 'localhost', port: 50342, … })`): the engine does not follow requests made through it, so each
 * use is reported rather than passed. A const whose value is itself the URL is left to namesExtension.
 */
function builtFromExtension(node: ts.Identifier, ctx: EngineContext): { specifier: string; module: string; what: string } | undefined {
  const imports = ctx.scope.imports!;
  const from = ctx.sourceFile.fileName;
  const binding = ctx.scope.bindingOf(node);
  let specifier: string | undefined;
  let name: string | undefined;
  if (binding?.kind === 'import' && binding.moduleName.startsWith('.')) {
    specifier = binding.moduleName;
    name = binding.importedName === '*' ? 'default' : binding.importedName;
  } else if (
    binding?.kind === 'variable' &&
    binding.isConst &&
    binding.declaration.initializer &&
    ts.isIdentifier(binding.declaration.name)
  ) {
    const required = requiredModuleName(skipWrappers(binding.declaration.initializer));
    if (required?.startsWith('.')) [specifier, name] = [required, 'default'];
  }
  if (specifier === undefined || name === undefined) return undefined;
  const candidates: Array<{ node: ts.Node; scope: FileScope; what: string }> = [];
  const exported = imports.exportedConst(from, specifier, name);
  const value = exported && skipWrappers(exported.initializer);
  // A client made by a call (`axios.create({ … })`, `got.extend({ … })`); not a function, which makes its own requests.
  if (exported && value && (ts.isCallExpression(value) || ts.isNewExpression(value)))
    candidates.push({ node: value, scope: exported.scope, what: 'an exported client' });
  const fn = imports.exportedFunction(from, specifier, name);
  // An options builder: what it returns spells the address (not a function that sends the request itself).
  if (fn)
    for (const returned of returnedValues(fn.fn))
      candidates.push({ node: returned, scope: fn.scope, what: 'what an exported function returns' });
  for (const candidate of candidates) {
    if (spellsExtensionInside(candidate.node, candidate.scope))
      return { specifier, module: candidate.scope.sourceFile.fileName, what: candidate.what };
  }
  return undefined;
}

/** The object literals, strings and templates a function returns (its own `return`s, not nested functions'). */
function returnedValues(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  const values: ts.Expression[] = [];
  const keep = (expression: ts.Expression | undefined): void => {
    const node = expression && skipWrappers(expression);
    if (node && (ts.isObjectLiteralExpression(node) || ts.isStringLiteralLike(node) || ts.isTemplateExpression(node))) values.push(node);
  };
  if (fn.body && !ts.isBlock(fn.body)) keep(fn.body);
  const visit = (node: ts.Node): void => {
    if (ts.isReturnStatement(node)) keep(node.expression);
    if (!ts.isFunctionLike(node) && !ts.isClassLike(node)) ts.forEachChild(node, visit);
  };
  if (fn.body && ts.isBlock(fn.body)) ts.forEachChild(fn.body, visit);
  return values;
}

/**
 * Some string or object literal inside `root`, outside nested functions and classes, names the extension (its
 * URL or base with the port, or its address in members).
 */
function spellsExtensionInside(root: ts.Node, scope: FileScope): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isObjectLiteralExpression(node) && holdsLegacyMaterial(node, scope)) found = true;
    else if ((ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) && namesExtension(node, scope)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
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
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
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
  const { findings, modules } = detectImportedLegacyUses(ctx, rewrittenSites(ledger, ctx), ledger.findings);
  ledger.findings.push(...findings);
  modules.forEach((module) => ledger.blockedModules.add(module));
};
