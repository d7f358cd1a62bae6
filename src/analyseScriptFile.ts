import { LineIndex } from './engine/positions';
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

/** `analyse()`, or, for a file nested too deeply for the parser (the stack runs out), a parse-error: never thrown. */
export function withStackGuard(text: string, filename: string, analyse: () => FileResult): FileResult {
  try {
    return analyse();
  } catch (error) {
    if (error instanceof RangeError) return tooDeepToParse(text, filename);
    throw error;
  }
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
    findings: [
      {
        ruleId: 'parse-error',
        severity: 'error',
        message: `Could not parse this file (${message}); it was left unchanged.`,
        start,
        end: start,
        loc: { start: loc, end: loc },
      },
    ],
    output: text,
    changed: false,
    parseError: { message, loc },
  };
}
