import { LineIndex } from './engine/positions';
import { migrateSource } from './engine/migrateSource';
import { mayContainLegacyPattern } from './engine/prefilter';
import { isScriptFile } from './fileKinds';
import type { FileResult, MigrateOptions, ModuleHost } from './engine/types';
import { analyseInfraFile, isInfraFile } from './infra';

export { isScriptFile, isSupportedFile, mayContainPattern } from './fileKinds';

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
}

/**
 * Analyses one file of any supported kind: findings and the migrated text. Pure. A file nested too
 * deeply for the parser (the stack runs out) is reported as a parse-error, never thrown.
 */
export function analyseFile(text: string, options: AnalyseOptions): FileResult {
  try {
    return analyseAnyFile(text, options);
  } catch (error) {
    if (error instanceof RangeError) return tooDeepToParse(text, options.filename);
    throw error;
  }
}

function analyseAnyFile(text: string, options: AnalyseOptions): FileResult {
  if (isScriptFile(options.filename) && (options.skipPrefilter || mayContainLegacyPattern(text, options.filename))) {
    return migrateSource(text, options);
  }
  if (!isScriptFile(options.filename) && isInfraFile(options.filename)) return analyseInfraFile(text, options);
  return { filename: options.filename, findings: [], output: text, changed: false };
}

/** Offset of the most deeply nested bracket: where a "too deep" report points. */
function deepestBracketOffset(text: string): number {
  let depth = 0;
  let deepest = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
      if (depth > deepest) [deepest, offset] = [depth, i];
    } else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return offset;
}

function tooDeepToParse(text: string, filename: string): FileResult {
  const start = deepestBracketOffset(text);
  const loc = new LineIndex(text).position(start);
  const message = 'the file is nested too deeply to analyse (the parser ran out of stack)';
  return {
    filename,
    findings: [{ ruleId: 'parse-error', severity: 'error', message: `Could not parse this file (${message}); it was left unchanged.`, start, end: start, loc: { start: loc, end: loc } }],
    output: text,
    changed: false,
    parseError: { message, loc },
  };
}
