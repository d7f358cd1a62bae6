import path from 'node:path';
import { isScriptFile } from '../../fileKinds';
import type { ProjectFile } from '../../engine/project';
import { analysisSettings, analyseText, analysisOf, type AnalysedFile, type AnalyserOptions } from '../analysis/engine';
import { hasHugeLine, readCandidate, readSourceText } from '../../files/readSourceFile';

// Step 4 of the pipeline: cross-file groups. A module that exports a legacy URL or port is rewritten
// only together with every importer that uses it, so the group is reconciled before anything is written.

/**
 * Cross-file groups: files that the text scan ruled out but that import a legacy const exported by an
 * analysed file are analysed too, then every group is reconciled (all of it migrates, or none of it).
 * Returns the analyses to use in place of the given ones (the same array when no file takes part in a
 * group: then neither the engine nor this step's reading is needed).
 */
export async function reconcile(analysed: AnalysedFile[], options: AnalyserOptions): Promise<AnalysedFile[]> {
  if (!analysed.some((analysis) => analysis.project)) return analysed;
  const settings = await analysisSettings(options);
  const byFile = new Map(analysed.map((analysis) => [analysis.file, analysis]));
  // First the modules an importer's rewrite needs (a module exporting only a host): as exporters, their other
  // importers (a metrics scrape on the same host) must join the group too, or they would follow the host to IMDS.
  for (const { analysis, text } of neededModulesOf(analysed, byFile))
    byFile.set(analysis.file, await analyseText(analysis.absolutePath, analysis.file, text, settings));
  const analyses = [...byFile.values()];
  const exporters = analyses.filter((analysis) => analysis.project?.result.legacyExports?.length);
  for (const { analysis, text } of importersOf(analyses, exporters))
    byFile.set(analysis.file, await analyseText(analysis.absolutePath, analysis.file, text, settings));
  const group: ProjectFile[] = [...byFile.values()].flatMap((analysis) => (analysis.project ? [analysis.project] : []));
  if (!group.some((file) => file.result.externalEdits)) return [...byFile.values()];
  const { reconcileProject } = await import('../../engine/project.js');
  const reconciled = reconcileProject(group, {
    apiVersion: settings.apiVersion,
    modules: settings.modules,
    verifyOutput: settings.verifyOutput,
  });
  for (const file of group) {
    const result = reconciled.get(file.filename);
    const analysis = byFile.get(file.filename)!;
    if (result && result !== file.result)
      byFile.set(file.filename, analysisOf(analysis.absolutePath, analysis.file, file.text, result, settings.keepTexts));
  }
  return [...byFile.values()];
}

/**
 * The modules of the run that the text scan ruled out but whose values an analysed file's rewrite needs edits
 * in (`externalEdits`: a module that exports only `'localhost'` or a port, imported into a request's URL), with
 * their texts: analysed too, so that the group rewrites them with their importers, or says why it cannot.
 */
function neededModulesOf(
  analyses: readonly AnalysedFile[],
  byFile: ReadonlyMap<string, AnalysedFile>,
): Array<{ analysis: AnalysedFile; text: string }> {
  const needed = new Set(analyses.flatMap((analysis) => (analysis.project?.result.externalEdits ?? []).map((edit) => edit.filename)));
  const found: Array<{ analysis: AnalysedFile; text: string }> = [];
  for (const filename of needed) {
    const analysis = byFile.get(filename);
    if (!analysis?.prefiltered) continue; // analysed already, or not part of the run
    const read = readSourceText(analysis.absolutePath);
    if (read.kind === 'text') found.push({ analysis, text: read.text });
  }
  return found;
}

/**
 * The scripts the text scan ruled out that name an export of `exporters` and its module, with their
 * texts: each read again, and ruled out unless its bytes match one of the exported names (one regex of
 * the distinct names: a run with 40 exporters costs one more pass over the files, not 40 searches of each).
 */
function importersOf(
  analysed: readonly AnalysedFile[],
  exporters: readonly AnalysedFile[],
): Array<{ analysis: AnalysedFile; text: string }> {
  if (exporters.length === 0) return [];
  const wanted = exporters.map((analysis) => ({
    names: analysis.project!.result.legacyExports!,
    module: path.posix.basename(analysis.file).replace(/\.[^.]+$/, ''),
  }));
  // One regex of the distinct names, matched against the bytes as Latin-1 (a name's UTF-8 bytes seen the same way);
  // a default export is imported under any name: its module's name stands for it.
  const names = [...new Set(wanted.flatMap((exporter) => exporter.names.map((name) => (name === 'default' ? exporter.module : name))))];
  const anyName = new RegExp(
    names
      .map((name) =>
        Buffer.from(name)
          .toString('latin1')
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('|'),
  );
  const found: Array<{ analysis: AnalysedFile; text: string }> = [];
  for (const analysis of analysed) {
    if (!analysis.prefiltered || !isScriptFile(analysis.file)) continue;
    const read = readCandidate(analysis.absolutePath, (latin1) => anyName.test(latin1));
    if (read.kind !== 'text' || hasHugeLine(read.text)) continue; // minified: skipped, as the read step does
    const { text } = read;
    if (
      wanted.some(
        ({ names: exported, module }) => text.includes(module) && exported.some((name) => name === 'default' || text.includes(name)),
      )
    )
      found.push({ analysis, text });
  }
  return found;
}
