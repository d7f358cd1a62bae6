import type { Rule } from 'eslint';
import { isScriptFile } from '../fileKinds';
import { IMDS_IDENTITY_API_VERSIONS } from '../engine/apiVersions';
import { findingText } from '../engine/findingText';
import type { Finding, TextEdit } from '../engine/types';
import type { SharedAnalysis } from './analysisCache';
import { MESSAGES_BY_RULE_ID } from './messages';
import { wholeFileEdits } from './wholeFileEdits';
import { diskModuleHost } from '../files/moduleHost';
import type { ModuleHost } from '../engine/types';

/** The rules' option object (also read from `settings['mi-codemod']`, so both rules can share it). */
export interface EngineRuleOptions {
  /** IMDS api-version to emit in rewritten URLs (default: the engine's, 2018-02-01). */
  apiVersion?: string;
}

export interface EngineRuleSpec {
  description: string;
  docsUrl: string;
  /** Which of the engine's findings this rule reports. */
  reports: (finding: Finding) => boolean;
  analysis: SharedAnalysis;
}

export const SETTINGS_KEY = 'mi-codemod';

/**
 * An ESLint rule over the engine's findings for the linted file. Every fixable report carries the fix of
 * the WHOLE file's edit set: ESLint applies it once and skips the overlapping copies, so the file gets all
 * of its edits or none and `eslint --fix` writes exactly what `mi-codemod` writes.
 */
export function createEngineRule(spec: EngineRuleSpec): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      fixable: 'code',
      docs: { description: spec.description, recommended: true, url: spec.docsUrl },
      messages: { ...MESSAGES_BY_RULE_ID },
      schema: [
        {
          type: 'object',
          properties: { apiVersion: { type: 'string', enum: [...IMDS_IDENTITY_API_VERSIONS] } },
          additionalProperties: false,
        },
      ],
    },
    create(context) {
      const apiVersion = configuredApiVersion(context);
      return {
        Program() {
          const sourceCode = context.sourceCode;
          // ESLint strips a BOM from `text` and measures every range (ours included) without it.
          const text = sourceCode.text;
          const result = spec.analysis(sourceCode, {
            filename: engineFilename(context.filename),
            apiVersion,
            modules: moduleHostFor(context.cwd),
          });
          // A rewrite that also edits another module (an imported URL const) is never applied to one side alone.
          const otherFiles = [...new Set((result.externalEdits ?? []).map((edit) => edit.filename))].sort();
          const fileEdits = otherFiles.length > 0 ? undefined : wholeFileEdits(text, result);
          for (const finding of result.findings) {
            // ESLint's own parser has already reported any syntax error before rules run.
            if (finding.ruleId === 'parse-error' || !spec.reports(finding)) continue;
            const fixable = fileEdits !== undefined && finding.fix !== undefined && finding.fix.length > 0;
            context.report({
              loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
              messageId: finding.ruleId,
              // A report comes before `eslint --fix` applies anything: its fix "would be" done.
              data: {
                message:
                  otherFiles.length > 0 && (finding.fix || finding.fixedIn)
                    ? withOtherFiles(findingText(finding, undefined), otherFiles)
                    : findingText(finding, fixable ? 'proposed' : undefined),
              },
              fix: fixable ? replaceAll(fileEdits) : null,
            });
          }
        },
      };
    },
  };
}

const moduleHosts = new Map<string, ModuleHost>();

/** One module host per working directory for the life of the ESLint process (modules are read once). */
function moduleHostFor(cwd: string): ModuleHost {
  let host = moduleHosts.get(cwd);
  if (!host) moduleHosts.set(cwd, (host = diskModuleHost(cwd)));
  return host;
}

function withOtherFiles(message: string, otherFiles: readonly string[]): string {
  const others = otherFiles.length === 1 ? 'that one' : 'those';
  return `${message} Not fixed here: the rewrite also changes ${otherFiles.join(', ')}; run \`npx mi-codemod\` over this file and ${others} together.`;
}

function configuredApiVersion(context: Rule.RuleContext): string | undefined {
  const ruleOptions = context.options[0] as EngineRuleOptions | undefined;
  const sharedSettings = context.settings?.[SETTINGS_KEY] as EngineRuleOptions | undefined;
  return ruleOptions?.apiVersion ?? sharedSettings?.apiVersion;
}

function replaceAll(edits: readonly TextEdit[]): Rule.ReportFixer {
  return (fixer) => edits.map((edit) => fixer.replaceTextRange([edit.start, edit.end], edit.text));
}

/**
 * The engine picks its parser from the file extension; text ESLint lints without a script name
 * (`<input>`, `<text>`, processor blocks such as `README.md/0`) is treated as JavaScript.
 */
export function engineFilename(eslintFilename: string): string {
  return isScriptFile(eslintFilename) ? eslintFilename : `${eslintFilename}.js`;
}
