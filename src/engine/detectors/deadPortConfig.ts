import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';
import type { TextEdit } from '../types';
import { isFallbackOperator, skipWrappers } from '../url/evaluate';
import { isExported } from './sharedConsts';
import { removeStatementEdit } from '../ast/statementEdits';
import { sourcesOf } from '../values/sources';
import type { Step } from '../ledger';

/**
 * After the rewrite, a port variable that only fed the removed `:port` is dead: removed when it is a
 * local, unexported, single declaration; reported otherwise.
 */
export function detectDeadPortConfig(removedPortExpressions: ts.Expression[], edits: TextEdit[], ctx: EngineContext): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const seen = new Set<ts.Node>();
  const removed = edits.filter((edit) => edit.end > edit.start);
  const isRemoved = (node: ts.Node): boolean => removed.some((edit) => node.getStart() >= edit.start && node.getEnd() <= edit.end);
  for (const expression of removedPortExpressions) {
    const member = memberIn(expression);
    if (member) {
      findings.push(...deadPortMember(member, seen, ctx));
      continue;
    }
    for (const identifier of identifiersIn(expression)) {
      if (identifier.getSourceFile() !== ctx.sourceFile) continue; // a port const in an imported module
      const binding = ctx.scope.bindingOf(identifier);
      if (binding?.kind === 'parameter' && !seen.has(binding.declaration)) {
        // A function's port parameter is its callers' business: reported, never removed.
        seen.add(binding.declaration);
        findings.push({
          ruleId: 'dead-port-config',
          severity: 'warning',
          message: ts.isVariableDeclaration(binding.declaration)
            ? `${identifier.text} held the VM extension's port; IMDS has no port to configure. Remove it from the ` +
              'destructuring by hand once nothing else needs it.'
            : `The parameter ${identifier.text} held the VM extension's port; IMDS has no port to configure. ` +
              'Remove it, and what its callers pass, once nothing else needs it.',
          start: binding.declaration.getStart(),
          end: binding.declaration.getEnd(),
        });
        continue;
      }
      if (binding?.kind !== 'variable' || seen.has(binding.declaration)) continue;
      seen.add(binding.declaration);
      const declaration = binding.declaration;
      const statement = declaration.parent.parent;
      const remaining = ctx.scope.referencesOf(declaration).filter((reference) => !isRemoved(reference));
      const name = declaration.name.getText();
      const local =
        ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1 && !isExported(declaration, ctx);
      if (remaining.length === 0 && local && !hasSideEffects(declaration.initializer)) {
        findings.push({
          ruleId: 'dead-port-config',
          severity: 'warning',
          message: `${name} holds the VM extension's port, which only the legacy request used; IMDS has no port to configure.`,
          start: statement.getStart(),
          end: statement.getEnd(),
          fix: [removeStatementEdit(statement, ctx.text)],
          fixDescription: 'removed',
        });
      } else {
        findings.push({
          ruleId: 'dead-port-config',
          severity: 'warning',
          message:
            `${name} held the VM extension's port; IMDS has no port to configure. It is ` +
            `${remaining.length ? 'still used elsewhere' : isExported(declaration, ctx) ? 'exported' : 'declared together with other names'}, ` +
            'so remove it by hand once nothing needs it.',
          start: declaration.getStart(),
          end: declaration.getEnd(),
        });
      }
    }
  }
  return findings;
}

/** `this.port`, `options.port`, `config.msi.port`: the port read from a member, if that is what the expression is. */
function memberIn(expression: ts.Expression): ts.PropertyAccessExpression | ts.ElementAccessExpression | undefined {
  const node = skipWrappers(expression);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return node;
  if (ts.isCallExpression(node) && node.arguments.length === 1) return memberIn(node.arguments[0]);
  return undefined;
}

/**
 * A port kept in a member (a class field, an option, a settings entry) is part of an API or a
 * configuration other code may set: reported where it is defined, never removed by the tool.
 */
function deadPortMember(
  member: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  seen: Set<ts.Node>,
  ctx: EngineContext,
): DraftFinding[] {
  const definition = sourcesOf(member, ctx.scope)?.definition ?? member;
  if (seen.has(definition) || definition.getSourceFile() !== ctx.sourceFile) return [];
  seen.add(definition);
  const name = member.getText();
  return [
    {
      ruleId: 'dead-port-config',
      severity: 'warning',
      message:
        `${name} held the VM extension's port; IMDS has no port to configure. ` +
        `Remove ${name} and whatever sets it (an option, a setting) once nothing else needs them.`,
      start: definition.getStart(),
      end: definition.getEnd(),
    },
  ];
}

function identifiersIn(expression: ts.Expression): ts.Identifier[] {
  const node = skipWrappers(expression);
  if (ts.isIdentifier(node)) return [node];
  // `port || 50342`: the variable that may hold the port.
  if (ts.isBinaryExpression(node) && isFallbackOperator(node.operatorToken.kind)) return identifiersIn(node.left);
  if (ts.isCallExpression(node) && node.arguments.length === 1) return identifiersIn(node.arguments[0]);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return identifiersIn(node.expression.expression);
  return [];
}

function hasSideEffects(initializer: ts.Expression | undefined): boolean {
  if (!initializer) return false;
  let effect = false;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && !(ts.isIdentifier(node.expression) && ['Number', 'parseInt', 'String'].includes(node.expression.text)))
      effect = true;
    if (ts.isNewExpression(node) || ts.isAwaitExpression(node)) effect = true;
    ts.forEachChild(node, visit);
  };
  visit(initializer);
  return effect;
}

/** Step: port variables the rewrite leaves unused, removed when local, reported otherwise. */
export const cleanUpDeadPorts: Step = (ctx, ledger) => {
  const edits = ledger.findings.flatMap((finding) => finding.fix ?? []);
  ledger.findings.push(...detectDeadPortConfig(ledger.removedPorts, edits, ctx));
};
