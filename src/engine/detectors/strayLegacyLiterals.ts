import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';
import { evaluatePieces } from '../url/evaluate';
import { matchLegacyUrl } from '../url/matchLegacyUrl';

const LEGACY_LITERAL = /(?:localhost|127\.0\.0\.1|\[::1\]):50_?342(?![\d_])/i;

/**
 * Literals that name the extension's address but that no rewritten request accounts for (a URL passed
 * to an unknown wrapper, exported, logged…): reported for manual review, never edited.
 */
export function detectStrayLegacyLiterals(
  ctx: EngineContext,
  consumed: ReadonlySet<ts.Node>,
  cloudShellReason: string | undefined,
): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const report = (node: ts.Node): void => {
    findings.push({
      ruleId: 'manual-review',
      severity: 'error',
      message:
        cloudShellReason ??
        (isInTestDouble(node)
          ? 'A test double (nock/msw/fake server) for the retired Managed Identity VM extension: migrate it together with the ' +
            'code under test, to intercept GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01 ' +
            '(header Metadata: true).'
          : undefined) ??
        'This names the retired Managed Identity VM extension (localhost:50342), but the tool cannot see the request that ' +
          'uses it. Point that request at http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01 ' +
          '(GET, header Metadata: true).',
      start: node.getStart(),
      end: node.getEnd(),
    });
  };
  const visit = (node: ts.Node): void => {
    // A URL glued together (`'http://localhost:' + port + '/oauth2/token'`): judged as a whole.
    if (isOutermostStringExpression(node) && !literalsOf(node).some((literal) => consumed.has(literal))) {
      const pieces = evaluatePieces(node as ts.Expression, ctx.scope);
      const shape = matchLegacyUrl(pieces, ['full', 'base']);
      const portName = shape?.port?.hole ? `${shape.port.hole.envName ?? ''} ${shape.port.hole.node.getText()}` : '';
      if (shape && !shape.looksLikeOtherOAuthServer && (shape.hasLegacyPort || MI_NAME.test(portName))) {
        report(node);
        return;
      }
    }
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (!consumed.has(node) && LEGACY_LITERAL.test(node.text) && !isPropertyName(node)) report(node);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  return findings;
}

const MI_NAME = /msi|identity|managed/i;
const TEST_DOUBLES = /^(?:nock|http|rest|graphql|setupServer|createServer|mockAgent|interceptor)$/;

/** True when the literal is an argument of `nock(…)`, msw's `http.get(…)` and the like. */
function isInTestDouble(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current && !ts.isStatement(current); current = current.parent) {
    if (ts.isCallExpression(current)) {
      const callee = current.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
          ? callee.expression.text
          : '';
      if (TEST_DOUBLES.test(name)) return true;
    }
  }
  return false;
}

/** A `+` chain or template that is not itself part of a larger `+` chain or template. */
function isOutermostStringExpression(node: ts.Node): boolean {
  const isChain = (candidate: ts.Node): boolean =>
    ts.isTemplateExpression(candidate) || (ts.isBinaryExpression(candidate) && candidate.operatorToken.kind === ts.SyntaxKind.PlusToken);
  if (!isChain(node)) return false;
  let parent = node.parent;
  while (parent && ts.isParenthesizedExpression(parent)) parent = parent.parent;
  return !(parent && (isChain(parent) || ts.isTemplateSpan(parent)));
}

function literalsOf(node: ts.Node): ts.Node[] {
  const literals: ts.Node[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isStringLiteralLike(child) || ts.isTemplateHead(child) || ts.isTemplateMiddle(child) || ts.isTemplateTail(child))
      literals.push(child);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return literals;
}

function isPropertyName(node: ts.Node): boolean {
  const parent = node.parent;
  return (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
}
