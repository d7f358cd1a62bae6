import { withStackGuard } from './engine/fileResult';
import { migrateSource } from './engine/migrateSource';
import { mayContainLegacyPattern } from './engine/prefilter';
import type { FileResult, MigrateOptions, ModuleHost } from './engine/types';

export interface AnalyseOptions {
  filename: string;
  apiVersion?: string;
  /** Rewrite literal URLs in Markdown fenced code blocks (otherwise Markdown is report-only). */
  includeDocs?: boolean;
  /** Follows imported consts into other modules (see ModuleHost). */
  modules?: ModuleHost;
  /** Legacy SDK versions the project's lockfile resolves (see MigrateOptions). */
  legacySdkVersions?: MigrateOptions['legacySdkVersions'];
  /** Analyse a script even when the text scan finds nothing (it imports a legacy module). */
  skipPrefilter?: boolean;
  /** The safety-net re-parse of a script's migrated text (see MigrateOptions); default true. */
  verifyOutput?: boolean;
}

/**
 * Analyses one JavaScript/TypeScript file: findings and the migrated text. Pure. The script half of
 * analyseFile (src/analyseFile.ts), without the infrastructure analysers, so that a run over scripts
 * never loads them.
 */
export function analyseScriptFile(text: string, options: AnalyseOptions): FileResult {
  return withStackGuard(text, options.filename, () =>
    options.skipPrefilter || mayContainLegacyPattern(text, options.filename)
      ? migrateSource(text, options)
      : { filename: options.filename, findings: [], output: text, changed: false },
  );
}
