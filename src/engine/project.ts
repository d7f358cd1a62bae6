import { findOverlap } from './applyEdits';
import { withdrawFixes } from './findings';
import { migrateSource } from './migrateSource';
import type { FileResult, MigrateOptions, TextEdit } from './types';

export interface ProjectFile {
  filename: string;
  text: string;
  result: FileResult;
}

/**
 * Cross-file groups, all or nothing. A file whose requests use a URL const from another module
 * (`externalEdits`) is rewritten only if that module is part of the run and migrates cleanly with the
 * edits its importers need; then the module is migrated again with them. Otherwise the importers'
 * fixes are withdrawn and reported, so no file is left pointing at half a URL. Pure.
 */
export function reconcileProject(files: ProjectFile[], options: Omit<MigrateOptions, 'filename' | 'importedBy'>): Map<string, FileResult> {
  const byName = new Map(files.map((file) => [file.filename, file]));
  const results = new Map(files.map((file) => [file.filename, file.result]));
  const needs = new Map<string, Array<{ importer: string; edits: TextEdit[] }>>();
  for (const file of files) {
    const byTarget = new Map<string, TextEdit[]>();
    for (const { filename, ...edit } of file.result.externalEdits ?? []) {
      byTarget.set(filename, [...(byTarget.get(filename) ?? []), edit]);
    }
    for (const [target, edits] of byTarget) needs.set(target, [...(needs.get(target) ?? []), { importer: file.filename, edits }]);
  }
  const blockedBy = new Map<string, string>();
  for (const file of files)
    for (const module of file.result.blockedModules ?? []) if (!blockedBy.has(module)) blockedBy.set(module, file.filename);
  for (const [target, importers] of needs) {
    const blocker = blockedBy.get(target);
    const outcome = blocker
      ? { problem: `its URL comes from ${target}, which ${blocker} also uses in a way the tool cannot rewrite` }
      : migrateWithImporters(byName.get(target), target, importers, options);
    if ('result' in outcome) {
      results.set(target, outcome.result);
      continue;
    }
    const reason = outcome.problem;
    for (const { importer } of importers) {
      const file = byName.get(importer)!;
      results.set(importer, withdrawFixes(results.get(importer)!, file.text, reason));
    }
  }
  return results;
}

/** The module migrated with the edits its importers need, or why that cannot be done. */
function migrateWithImporters(
  module: ProjectFile | undefined,
  target: string,
  importers: Array<{ importer: string; edits: TextEdit[] }>,
  options: Omit<MigrateOptions, 'filename' | 'importedBy'>,
): { result: FileResult } | { problem: string } {
  if (!module) return { problem: `its URL comes from ${target}, which is not part of this run: run mi-codemod over both files` };
  if (findOverlap(importers.flatMap((entry) => entry.edits)))
    return { problem: `the files importing ${target} need different rewrites of the same value` };
  const result = migrateSource(module.text, { ...options, filename: target, importedBy: importers });
  const blocking = result.findings.find((finding) => finding.ruleId === 'manual-review' || finding.ruleId === 'parse-error');
  if (blocking)
    return {
      problem: `its URL comes from ${target}, which needs manual review itself (${target}:${blocking.loc.start.line}:${blocking.loc.start.column})`,
    };
  return { result };
}
