import path from 'node:path';
import { importsLegacyModule } from '../../engine/prefilter';
import { isScriptFile } from '../../fileKinds';
import { diskModuleHost } from '../../files/moduleHost';
import { readForAnalysis } from '../steps/read';
import type { AnalysedFile } from './engine';

/**
 * Scripts named on the command line (pre-commit and lint-staged name the staged files) that the text
 * scan ruled out, but that import a module which may hold a legacy value: a request in them may use
 * that module's URL (`fetch(`${MSI_TOKEN_URL}?…`)`), wherever the module is, in this run or not.
 * Returns each with its text, for the engine. Loads nothing of the engine (no compiler for a clean commit).
 */
export function namedImportersOfLegacyModules(
  analysed: readonly AnalysedFile[],
  namedPaths: ReadonlySet<string>,
  cwd: string,
): Array<{ analysis: AnalysedFile; text: string }> {
  const found: Array<{ analysis: AnalysedFile; text: string }> = [];
  let modules: ReturnType<typeof diskModuleHost> | undefined;
  for (const analysis of analysed) {
    if (!analysis.prefiltered || !isScriptFile(analysis.file) || !namedPaths.has(analysis.absolutePath)) continue;
    const read = readForAnalysis(analysis.absolutePath, analysis.file, true);
    if (read.kind !== 'text') continue;
    modules ??= diskModuleHost(cwd);
    if (importsLegacyModule(read.text, analysis.file, modules)) found.push({ analysis, text: read.text });
  }
  return found;
}

/** The absolute paths of the command-line arguments that name files (not directories or globs). */
export function namedPathsOf(argumentsGiven: readonly string[], cwd: string): Set<string> {
  return new Set(argumentsGiven.map((argument) => path.resolve(cwd, argument)));
}
