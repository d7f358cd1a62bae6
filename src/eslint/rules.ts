import type { Rule } from 'eslint';
import { unchangedResult } from '../engine/fileResult';
import { worthAnalysing } from '../fileKinds';
import { loadCompiler, saveCompilerCache } from '../files/compileCache';
import { shareAnalysisPerFile, type AnalyseFunction } from './analysisCache';
import { createEngineRule } from './engineRule';

export const NO_VM_EXTENSION_ENDPOINT = 'no-vm-extension-endpoint';
export const IMDS_ADVISORIES = 'imds-advisories';

/**
 * analyseFile, loaded with the TypeScript compiler (~0.3 s and ~40 MB) by the first file worth
 * analysing (see worthAnalysing): requiring the plugin, and linting files that never name the
 * extension's markers nor import a module that does, loads neither. The compiler is loaded with the
 * CLI's code cache (files/compileCache.ts: ~0.1 s less); a process that made the cache writes it on exit.
 */
const analyseWhenNeeded: AnalyseFunction = (text, options) => {
  if (!worthAnalysing(text, options)) return unchangedResult(text, options.filename);
  if (loadCompiler()) process.once('exit', saveCompilerCache);
  const { analyseFile } = require('../analyseFile') as typeof import('../analyseFile');
  return analyseFile(text, { ...options, skipPrefilter: true });
};

/**
 * The plugin's rules, split by the engine's severity the way ESLint splits severities (one per rule):
 * errors (the code calls or deploys the extension) and advisories (no timeout, dead port configuration,
 * documentation), so migrated code that still lacks a timeout passes `error`-only CI, as with `--check`.
 */
export function createRules(readmeUrl: string, analyse: AnalyseFunction = analyseWhenNeeded): Record<string, Rule.RuleModule> {
  const analysis = shareAnalysisPerFile(analyse);
  return {
    [NO_VM_EXTENSION_ENDPOINT]: createEngineRule({
      description:
        'Disallow token requests to and deployments of the retired Managed Identity VM extension (localhost:50342); migrate to IMDS',
      docsUrl: `${readmeUrl}#eslint-plugin`,
      reports: (finding) => finding.severity === 'error',
      analysis,
    }),
    [IMDS_ADVISORIES]: createEngineRule({
      description: 'Advise on IMDS token requests: missing timeouts, dead VM-extension port configuration',
      docsUrl: `${readmeUrl}#eslint-plugin`,
      // ESLint has no `info`: Cloud Shell's own client and documentation samples (info in the CLI, a `note` in SARIF)
      // would be warnings there, and fail `--max-warnings 0` where `mi-codemod --check --max-warnings 0` passes.
      reports: (finding) => finding.severity === 'warning',
      analysis,
    }),
  };
}
