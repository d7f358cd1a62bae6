import { applyEdits, normaliseEdits } from '../engine/applyEdits';
import type { FileResult, TextEdit } from '../engine/types';

/**
 * The edits that turn `text` into `result.output` (all of the file's fixes, never a subset), or undefined
 * when the engine leaves the file unchanged. Falls back to one edit spanning the changed region if the
 * findings' edits do not reproduce the engine's output exactly, so `eslint --fix` always equals `mi-codemod`.
 */
export function wholeFileEdits(text: string, result: FileResult): TextEdit[] | undefined {
  if (!result.changed || result.output === text) return undefined;
  const findingEdits = normaliseEdits(result.findings.flatMap((finding) => finding.fix ?? []));
  if (findingEdits.length > 0 && reproducesOutput(text, findingEdits, result.output)) return findingEdits;
  return [changedRegionEdit(text, result.output)];
}

function reproducesOutput(text: string, edits: TextEdit[], output: string): boolean {
  try {
    return applyEdits(text, edits) === output;
  } catch {
    return false;
  }
}

/** One edit replacing the part between the longest common prefix and suffix of `before` and `after`. */
export function changedRegionEdit(before: string, after: string): TextEdit {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
