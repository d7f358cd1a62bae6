import yargs from 'yargs';
import { DEFAULT_API_VERSION, apiVersionProblem } from '../engine/apiVersions';
import { REPORT_FORMATS, type ReportFormat } from '../reporters/formatReport';
import type { RunMode } from '../reporters/model';

export interface CliOptions {
  paths: string[];
  mode: RunMode;
  format: ReportFormat;
  apiVersion: string;
  force: boolean;
  /** Warnings above this count make the run fail; undefined: warnings never fail it. */
  maxWarnings?: number;
  includeDocs: boolean;
  quiet: boolean;
}

export type ParsedArguments =
  { kind: 'run'; options: CliOptions } | { kind: 'print'; text: string } | { kind: 'usage-error'; message: string };

function buildParser(argv: readonly string[], version: string) {
  return yargs([...argv])
    .scriptName('mi-codemod')
    .usage(
      '$0 [paths..]\n\n' +
        'Migrate code and infrastructure off the retired Azure Managed Identity VM extension\n' +
        '(localhost:50342) onto IMDS (169.254.169.254). Rewrites files in place by default.',
    )
    .parserConfiguration({ 'parse-positional-numbers': false, 'camel-case-expansion': true })
    .option('dry', { type: 'boolean', describe: 'Print a unified diff of the changes; write nothing' })
    .option('check', { type: 'boolean', describe: 'Write nothing; report findings and exit 1 when errors remain' })
    .conflicts('dry', 'check')
    .option('format', { choices: [...REPORT_FORMATS], default: 'stylish' as ReportFormat, describe: 'Report format' })
    .option('api-version', { type: 'string', default: DEFAULT_API_VERSION, describe: 'IMDS api-version to emit' })
    .option('force', { type: 'boolean', default: false, describe: 'Write files even when they have uncommitted changes' })
    .option('max-warnings', { type: 'string', describe: 'Fail when more than this many warnings remain' })
    .option('include-docs', { type: 'boolean', default: false, describe: 'Also rewrite URLs in Markdown code blocks' })
    .option('quiet', { type: 'boolean', default: false, describe: 'Report errors only' })
    .example('$0 .', 'migrate every supported file under the current directory')
    .example('$0 --dry src', 'show the changes as a diff')
    .example("$0 --check --format sarif 'src/**/*.ts' > mi.sarif", 'CI: report without writing')
    .version(version)
    .help()
    .alias('h', 'help')
    .strictOptions()
    .exitProcess(false)
    .wrap(Math.min(100, process.stdout.columns || 100));
}

function parseMaxWarnings(raw: unknown): number | undefined | string {
  if (raw === undefined) return undefined;
  const text = String(raw);
  if (!/^\d+$/.test(text)) return `--max-warnings expects a whole number of 0 or more, got "${text}"`;
  return Number(text);
}

/** Parses the command line: options to run with, text to print (help, version) or a usage error. */
export async function parseArguments(argv: readonly string[], version: string): Promise<ParsedArguments> {
  const parser = buildParser(argv, version);
  const outcome = await new Promise<{ error?: Error; values: Record<string, unknown>; output: string }>((resolve) => {
    void parser.parse([...argv], {}, (error: Error | undefined, values: Record<string, unknown>, output: string) => {
      resolve({ error: error ?? undefined, values, output });
    });
  });
  if (outcome.error) return { kind: 'usage-error', message: outcome.error.message };
  if (outcome.values.help || outcome.values.version) return { kind: 'print', text: `${outcome.output}\n` };
  const values = outcome.values;
  const maxWarnings = parseMaxWarnings(values.maxWarnings);
  if (typeof maxWarnings === 'string') return { kind: 'usage-error', message: maxWarnings };
  const apiVersion = String(values.apiVersion);
  const problem = apiVersionProblem(apiVersion);
  if (problem) return { kind: 'usage-error', message: `--api-version: ${problem}` };
  const mode: RunMode = values.check ? 'check' : values.dry ? 'dry' : 'fix';
  return {
    kind: 'run',
    options: {
      paths: (values._ as unknown[]).map(String),
      mode,
      format: values.format as ReportFormat,
      apiVersion,
      force: Boolean(values.force),
      maxWarnings,
      includeDocs: Boolean(values.includeDocs),
      quiet: Boolean(values.quiet),
    },
  };
}
