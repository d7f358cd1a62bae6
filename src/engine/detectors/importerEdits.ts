import { ts } from '../typescript';
import { normaliseEdits } from '../applyEdits';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';
import type { MigrateOptions, TextEdit } from '../types';
import type { Step } from '../ledger';

/** One finding per literal that importers' rewrites edit, carrying those edits; the literals count as explained. */
export function importedUseFindings(
  importedBy: NonNullable<MigrateOptions['importedBy']>,
  ctx: EngineContext,
  consumed: Set<ts.Node>,
): DraftFinding[] {
  const byLiteral = new Map<ts.Node, { importers: Set<string>; edits: TextEdit[] }>();
  for (const { importer, edits } of importedBy) {
    for (const edit of edits) {
      const literal = literalAt(ctx.sourceFile, edit.start, edit.end);
      if (!literal) continue;
      const entry = byLiteral.get(literal) ?? { importers: new Set<string>(), edits: [] };
      entry.importers.add(importer);
      entry.edits.push(edit);
      byLiteral.set(literal, entry);
    }
  }
  return [...byLiteral].map(([literal, { importers, edits }]) => {
    consumed.add(literal);
    return {
      ruleId: 'legacy-endpoint',
      severity: 'error',
      message: `This value names the retired Managed Identity VM extension and is used by token requests in ${[...importers].sort().join(', ')}.`,
      start: literal.getStart(),
      end: literal.getEnd(),
      fix: normaliseEdits(edits),
      fixDescription: 'rewritten to IMDS together with them',
    };
  });
}

/** The string or template literal whose text holds [start, end). */
function literalAt(sourceFile: ts.SourceFile, start: number, end: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (found || node.getStart() > start || node.getEnd() < end) return;
    if (isLiteralNode(node) && node.getStart() < start && end < node.getEnd() + 1) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function isLiteralNode(node: ts.Node): boolean {
  return (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node)
  );
}

/** Step: the literals of this file that importers' rewrites edit (a project run): rewritten with them. */
export const rewriteValuesForImporters: Step = (ctx, ledger) => {
  ledger.findings.push(...importedUseFindings(ctx.importedBy, ctx, ledger.accountedFor));
};
