import { parseArgs } from 'node:util';
import { DEFAULT_API_VERSION, apiVersionProblem } from '../engine/apiVersions';
import { REPORT_FORMATS, type ReportFormat } from '../reporters/formatReport';
import type { RunMode } from '../reporters/model';

// The command line, read with Node's own parser (node:util parseArgs): a pre-commit hook pays for the
// parser on every commit, and yargs with its 20 modules was 40% of what the CLI itself costs a clean file.

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

const OPTIONS = {
  dry: { type: 'boolean' },
  check: { type: 'boolean' },
  format: { type: 'string', default: 'stylish' },
  'api-version': { type: 'string', default: DEFAULT_API_VERSION },
  force: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  'include-docs': { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `mi-codemod [paths..]

Migrate code and infrastructure off the retired Azure Managed Identity VM extension
(localhost:50342) onto IMDS (169.254.169.254). Rewrites files in place by default.

Options:
      --dry                Print a unified diff of the changes; write nothing
      --check              Write nothing; report findings and exit 1 when errors remain
      --format <format>    Report format: ${REPORT_FORMATS.join(', ')} (default: stylish)
      --api-version <v>    IMDS api-version to emit (default: ${DEFAULT_API_VERSION})
      --force              Write files even when they have uncommitted changes
      --max-warnings <n>   Fail when more than this many warnings remain
      --include-docs       Also rewrite URLs in Markdown code blocks
      --quiet              Report errors only
      --version            Show version number
  -h, --help               Show help

Examples:
  mi-codemod .                                                 migrate every supported file under the current directory
  mi-codemod --dry src                                         show the changes as a diff
  mi-codemod --check --format sarif 'src/**/*.ts' > mi.sarif   CI: report without writing
`;

function parseMaxWarnings(raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) return `--max-warnings expects a whole number of 0 or more, got "${raw}"`;
  return Number(raw);
}

/** Parses the command line: options to run with, text to print (help, version) or a usage error. */
export async function parseArguments(argv: readonly string[], version: string): Promise<ParsedArguments> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages name the option and what is wrong ("Unknown option '--frobnicate'", "argument missing").
    return { kind: 'usage-error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'print', text: HELP };
  if (values.version) return { kind: 'print', text: `${version}\n` };
  if (values.dry && values.check) return { kind: 'usage-error', message: '--dry and --check cannot be combined' };
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    return { kind: 'usage-error', message: `--format: "${values.format}" is not one of ${REPORT_FORMATS.join(', ')}` };
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  if (typeof maxWarnings === 'string') return { kind: 'usage-error', message: maxWarnings };
  const apiVersion = values['api-version'];
  const problem = apiVersionProblem(apiVersion);
  if (problem) return { kind: 'usage-error', message: `--api-version: ${problem}` };
  return {
    kind: 'run',
    options: {
      paths: positionals,
      mode: values.check ? 'check' : values.dry ? 'dry' : 'fix',
      format,
      apiVersion,
      force: values.force,
      maxWarnings,
      includeDocs: values['include-docs'],
      quiet: values.quiet,
    },
  };
}
