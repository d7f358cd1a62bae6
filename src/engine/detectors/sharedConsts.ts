import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { PlannedRequest } from './legacyRequests';
import { otherUseOf, type OtherUse } from '../values/otherUses';

/**
 * A const whose literal a rewrite edits is safe to edit only when every use of it is a request the
 * engine rewrites too (or a URL object's `searchParams`). Returns, per request, why it is not.
 */
export function sharedConstProblems(planned: PlannedRequest[], ctx: EngineContext): Map<PlannedRequest, string> {
  const problems = new Map<PlannedRequest, string>();
  // A request's site is its call, the base URL of the client instance it goes through, the code it reads
  // its parts from elsewhere, and the initializers of the consts its URL is followed through (their own
  // uses are checked below: `url` built from MSI_HOST reads MSI_HOST for the request alone).
  const fixed = planned.filter((request) => request.outcome.findings.some((finding) => finding.fix));
  const sites = fixed.flatMap((request) => [
    request.parts.node,
    ...(request.parts.base ? [request.parts.base] : []),
    ...(request.parts.extraSites ?? []),
    ...request.outcome.editedVia.flatMap((followed) => followedInitializer(followed, ctx) ?? []),
  ]);
  const inSite = (node: ts.Node): boolean => sites.some((site) => node.getStart() >= site.getStart() && node.getEnd() <= site.getEnd());
  for (const request of planned) {
    for (const followed of request.outcome.editedVia) {
      if (followed.getSourceFile() !== ctx.sourceFile) continue; // checked when its own module is migrated
      if (!ts.isIdentifier(followed)) {
        const other = otherUseOf(followed, ctx.scope, (node) => inSite(node) || isSearchParamsUse(node));
        if (other) {
          problems.set(request, otherUseProblem(followed, other, ctx));
          break;
        }
        continue;
      }
      const identifier = followed;
      const binding = ctx.scope.bindingOf(identifier);
      if (binding?.kind === 'import') {
        const stray = ctx.scope
          .occurrencesOf(identifier.text)
          .find(
            (reference) =>
              ctx.scope.bindingOf(reference)?.declaration === binding.declaration && !inSite(reference) && !isSearchParamsUse(reference),
          );
        if (stray) {
          const line = ctx.sourceFile.getLineAndCharacterOfPosition(stray.getStart()).line + 1;
          problems.set(
            request,
            `its URL comes from ${identifier.text}, imported from ${binding.moduleName}, which is also used on line ${line} in a way the tool does not rewrite`,
          );
          break;
        }
        continue;
      }
      if (binding?.kind !== 'variable') continue;
      const declaration = binding.declaration;
      if (isExported(declaration, ctx)) {
        problems.set(request, `its URL comes from ${identifier.text}, which is exported: its importers are not migrated with it`);
        break;
      }
      const stray = ctx.scope.referencesOf(declaration).find((reference) => !inSite(reference) && !isSearchParamsUse(reference));
      if (stray) {
        const line = ctx.sourceFile.getLineAndCharacterOfPosition(stray.getStart()).line + 1;
        problems.set(
          request,
          `its URL comes from ${identifier.text}, which is also used on line ${line} in a way the tool does not rewrite`,
        );
        break;
      }
    }
  }
  return problems;
}

/** The initializer of a local const the URL is followed through (not an exported one: its importers read it too). */
function followedInitializer(followed: ts.Expression, ctx: EngineContext): ts.Expression | undefined {
  if (!ts.isIdentifier(followed) || followed.getSourceFile() !== ctx.sourceFile) return undefined;
  const binding = ctx.scope.bindingOf(followed);
  if (binding?.kind !== 'variable' || !binding.isConst || isExported(binding.declaration, ctx)) return undefined;
  return binding.declaration.initializer;
}

function otherUseProblem(followed: ts.Expression, other: OtherUse, ctx: EngineContext): string {
  const name = followed.getText();
  if (other.kind === 'exported') return `its URL comes from ${name}, which other modules can read: they are not migrated with it`;
  const line = ctx.sourceFile.getLineAndCharacterOfPosition(other.node.getStart()).line + 1;
  return other.kind === 'use'
    ? `its URL comes from ${name}, which is also used on line ${line} in a way the tool does not rewrite`
    : `its URL comes from ${name}, whose object is passed on whole on line ${line}, where the tool cannot follow it`;
}

/**
 * `url.searchParams.set(…)`, `url.toString()`, `url.href`: uses of a URL object that keep its query;
 * `url += '&…'`: a query built up in steps after the rewritten start.
 */
function isSearchParamsUse(reference: ts.Node): boolean {
  const parent = reference.parent;
  if (ts.isBinaryExpression(parent) && parent.left === reference && parent.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
    return true;
  return (
    ts.isPropertyAccessExpression(parent) &&
    parent.expression === reference &&
    ['searchParams', 'toString', 'href'].includes(parent.name.text)
  );
}

/** True when the declaration is exported (`export const`, `export { x }`, `module.exports`/`exports.x`). */
export function isExported(declaration: ts.VariableDeclaration, ctx: EngineContext): boolean {
  const statement = declaration.parent?.parent;
  if (
    statement &&
    ts.isVariableStatement(statement) &&
    statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  ) {
    return true;
  }
  if (!ts.isIdentifier(declaration.name)) return false;
  return ctx.scope.referencesOf(declaration).some((reference) => {
    const parent = reference.parent;
    if (ts.isExportSpecifier(parent) || ts.isExportAssignment(parent)) return true;
    if (ts.isShorthandPropertyAssignment(parent) || ts.isPropertyAssignment(parent)) {
      const object = parent.parent;
      const assignment = object?.parent;
      return assignment !== undefined && ts.isBinaryExpression(assignment) && /^(module\.)?exports$/.test(assignment.left.getText());
    }
    if (ts.isBinaryExpression(parent) && parent.right === reference) return /^(module\.)?exports(\.|$)/.test(parent.left.getText());
    return false;
  });
}
