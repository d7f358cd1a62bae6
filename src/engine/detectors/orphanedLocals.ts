import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { removeStatementEdit } from '../ast/statementEdits';
import type { DraftFinding } from '../requests/planRequest';
import type { TextEdit } from '../types';
import { isPure } from '../values/transplant';
import type { Step } from '../ledger';

/**
 * Local consts that only fed text the rewrite deletes (`const resource = encodeURIComponent(…)` used
 * by a form body that moved into the URL): their declarations go with the fix that orphaned them, when
 * the initializer is pure. Returns the findings with those edits added. Pure.
 */
export function removeOrphanedLocals(drafts: DraftFinding[], keptReferences: ReadonlySet<ts.Node>, ctx: EngineContext): DraftFinding[] {
  const fixes = drafts.filter((draft) => draft.fix && draft.ruleId === 'legacy-endpoint');
  if (fixes.length === 0) return drafts;
  const deletions = fixes.flatMap((draft) => draft.fix!.filter((edit) => edit.end > edit.start).map((edit) => ({ edit, draft })));
  const allEdits = drafts.flatMap((draft) => draft.fix ?? []);
  const extra = new Map<DraftFinding, TextEdit[]>();
  ctx.scope.forEachNode((node) => {
    if (ts.isVariableStatement(node) && ts.isBlock(node.parent)) {
      const orphan = orphanRemoval(node, deletions, allEdits, keptReferences, ctx);
      if (orphan) extra.set(orphan.draft, [...(extra.get(orphan.draft) ?? []), orphan.edit]);
    }
  });
  if (extra.size === 0) return drafts;
  return drafts.map((draft) => (extra.has(draft) ? { ...draft, fix: [...draft.fix!, ...extra.get(draft)!] } : draft));
}

function orphanRemoval(
  statement: ts.VariableStatement,
  deletions: Array<{ edit: TextEdit; draft: DraftFinding }>,
  allEdits: TextEdit[],
  keptReferences: ReadonlySet<ts.Node>,
  ctx: EngineContext,
): { draft: DraftFinding; edit: TextEdit } | undefined {
  const declarations = statement.declarationList.declarations;
  if (declarations.length !== 1 || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) return undefined;
  const [declaration] = declarations;
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer || !isPure(declaration.initializer)) return undefined;
  const references = ctx.scope.referencesOf(declaration);
  // Unused already, or still read by text the rewrite moved elsewhere: not the rewrite's to remove.
  if (references.length === 0 || references.some((reference) => keptReferences.has(reference))) return undefined;
  let owner: DraftFinding | undefined;
  for (const reference of references) {
    const deleting = deletions.find(({ edit }) => reference.getStart() >= edit.start && reference.getEnd() <= edit.end);
    if (!deleting) return undefined;
    owner ??= deleting.draft;
  }
  const edit = removeStatementEdit(statement, ctx.text);
  // Never delete across another edit (a statement the rewrite touches itself).
  if (
    allEdits.some(
      (other) =>
        other.start < edit.end &&
        edit.start <= other.end &&
        !(other.start === other.end && (other.start === edit.start || other.start === edit.end)),
    )
  )
    return undefined;
  return owner ? { draft: owner, edit } : undefined;
}

/** Step: local consts that only fed what the rewrite deletes go with it. */
export const removeOrphanedLocalsStep: Step = (ctx, ledger) => {
  ledger.findings = removeOrphanedLocals(ledger.findings, ledger.keptReferences, ctx);
};
