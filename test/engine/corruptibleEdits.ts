// A stand-in for src/engine/applyEdits whose applyEdits can be made to break the migrated text, so that
// tests can see what the engine's safety-net re-parse does with a plan that would not parse. Used as
//   vi.mock('<path to>/src/engine/applyEdits', (importOriginal) => import('<path to>/test/engine/corruptibleEdits.js').then((module) => module.corruptibleApplyEdits(importOriginal)));
// then `corruption.on = true` (reset it after each test).
import type * as ApplyEdits from '../../src/engine/applyEdits';

/** While `on`, applyEdits appends `\n)(` to what it returns: text that never parses. */
export const corruption = { on: false };

export async function corruptibleApplyEdits(importOriginal: () => Promise<unknown>): Promise<typeof ApplyEdits> {
  const original = (await importOriginal()) as typeof ApplyEdits;
  return { ...original, applyEdits: (text, edits) => original.applyEdits(text, edits) + (corruption.on ? '\n)(' : '') };
}

/** A file with one fixable legacy request. */
export const LEGACY_REQUEST =
  "export const token = fetch('http://localhost:50342/oauth2/token?resource=https://vault.azure.net', { headers: { Metadata: 'true' } });\n";
