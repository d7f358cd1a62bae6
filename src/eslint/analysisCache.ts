import type { SourceCode } from 'eslint';
import type { AnalyseOptions } from '../fileKinds';
import type { FileResult } from '../engine/types';

/** The engine entry point the rules call; injectable so the adapter can be tested against a fake result. */
export type AnalyseFunction = (text: string, options: AnalyseOptions) => FileResult;

/** Analyses a file for the rules; every rule linting the same SourceCode shares one engine run. */
export type SharedAnalysis = (sourceCode: SourceCode, options: AnalyseOptions) => FileResult;

/** Wraps `analyse` so that it runs once per SourceCode (one lint pass of one file) and api-version. */
export function shareAnalysisPerFile(analyse: AnalyseFunction): SharedAnalysis {
  const resultsBySourceCode = new WeakMap<SourceCode, Map<string, FileResult>>();
  return (sourceCode, options) => {
    let results = resultsBySourceCode.get(sourceCode);
    if (!results) resultsBySourceCode.set(sourceCode, (results = new Map()));
    const key = `${options.filename}\0${options.apiVersion ?? ''}`;
    let result = results.get(key);
    if (!result) results.set(key, (result = analyse(sourceCode.text, options)));
    return result;
  };
}
