import { ts } from 'ts-morph';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';

const LEGACY_LITERAL = /(?:localhost|127\.0\.0\.1|\[::1\]):50_?342(?![\d_])/i;

/**
 * Literals that name the extension's address but that no rewritten request accounts for (a URL passed
 * to an unknown wrapper, exported, logged…): reported for manual review, never edited.
 */
export function detectStrayLegacyLiterals(ctx: EngineContext, consumed: ReadonlySet<ts.Node>, cloudShellReason: string | undefined): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (!consumed.has(node) && LEGACY_LITERAL.test(node.text) && !isPropertyName(node)) {
        findings.push({
          ruleId: 'manual-review',
          severity: 'error',
          message:
            cloudShellReason ??
            'This names the retired Managed Identity VM extension (localhost:50342), but the tool cannot see the request that uses it. Point that request at http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01 (GET, header Metadata: true).',
          start: node.getStart(),
          end: node.getEnd(),
        });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  return findings;
}

function isPropertyName(node: ts.Node): boolean {
  const parent = node.parent;
  return (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
}
