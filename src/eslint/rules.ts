import type { Rule } from 'eslint';
import { analyseFile } from '../analyseFile';
import { shareAnalysisPerFile, type AnalyseFunction } from './analysisCache';
import { createEngineRule } from './engineRule';

export const NO_VM_EXTENSION_ENDPOINT = 'no-vm-extension-endpoint';
export const IMDS_ADVISORIES = 'imds-advisories';

/**
 * The plugin's rules, split by the engine's severity the way ESLint splits severities (one per rule):
 * errors (the code calls or deploys the extension) and advisories (no timeout, dead port configuration,
 * documentation), so migrated code that still lacks a timeout passes `error`-only CI, as with `--check`.
 */
export function createRules(readmeUrl: string, analyse: AnalyseFunction = analyseFile): Record<string, Rule.RuleModule> {
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
      reports: (finding) => finding.severity !== 'error',
      analysis,
    }),
  };
}
