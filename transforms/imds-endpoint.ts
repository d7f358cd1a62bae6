/**
 * jscodeshift transform: migrates VM-extension token requests (localhost:50342) to IMDS with the same
 * engine as the `mi-codemod` CLI, returning the engine's text (never a recast reprint).
 *   npx jscodeshift -t node_modules/mi-codemod/transforms/imds-endpoint.js src/ [--apiVersion=2018-02-01]
 */
import type { API, FileInfo, Options } from 'jscodeshift';
import type * as Engine from '../dist/src/index';
import { stopBabelRegister } from './stopBabelRegister';

// jscodeshift loads transforms through @babel/register, which would then recompile every module the engine
// requires (ts-morph's bundled compiler fails to compile). The hook's work is done once this file runs.
stopBabelRegister();
const engine: typeof Engine = require('../dist/src/index');

type AnalyseFunction = (text: string, options: Engine.AnalyseOptions) => Engine.FileResult;

let host: Engine.ModuleHost | undefined;
/** Reads the modules a file imports from disk, once each for the run (relative to jscodeshift's cwd). */
function moduleHost(): Engine.ModuleHost {
  return (host ??= engine.diskModuleHost(process.cwd()));
}

/** Builds the transform around an engine entry point (tests inject a fake one). */
export function createImdsEndpointTransform(analyse: AnalyseFunction) {
  return function imdsEndpoint(file: FileInfo, api: Partial<API>, options: Options): string | undefined {
    const apiVersion = requestedApiVersion(options);
    const result = analyse(file.source, { filename: file.path, apiVersion, modules: moduleHost() });
    // A rewrite that also edits another module (an imported URL const) is never applied to one side alone.
    const otherFiles = [...new Set((result.externalEdits ?? []).map((edit) => edit.filename))].sort();
    const applies = result.changed && otherFiles.length === 0;
    for (const finding of applies ? findingsLeftOpen(result) : result.findings) {
      const spans =
        otherFiles.length > 0 && (finding.fix?.length || finding.fixedIn)
          ? ` Not rewritten: the rewrite also changes ${otherFiles.join(', ')}; run npx mi-codemod over these files together.`
          : '';
      api.report?.(`${file.path}:${finding.loc.start.line}:${finding.loc.start.column} ${finding.message}${spans} (${finding.ruleId})`);
    }
    return applies ? result.output : undefined;
  };
}

/** `--apiVersion=…` or `--api-version=…` (the CLI's spelling), validated: a wrong version fails every file. */
function requestedApiVersion(options: Options): string | undefined {
  const requested: unknown = options.apiVersion ?? options['api-version'];
  if (requested === undefined) return undefined;
  const problem = engine.apiVersionProblem(String(requested));
  if (problem) throw new Error(problem);
  return String(requested);
}

/** Findings the returned text does not fix: all of them when the file stays unchanged. */
function findingsLeftOpen(result: Engine.FileResult): Engine.Finding[] {
  if (!result.changed) return result.findings;
  return result.findings.filter((finding) => !finding.fix?.length);
}

export default createImdsEndpointTransform(engine.analyseFile);
