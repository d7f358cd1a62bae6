import { holdsLegacyMarkers, importsLegacyModule, markedBytesMayContainLegacyPattern, mayContainLegacyPattern } from './engine/prefilter';
import type { FileResult, MigrateOptions, ModuleHost } from './engine/types';
import { mayDeclareManagedIdentityExtension } from './extension/managedIdentityExtension';
import { LEGACY_SDKS } from './infra/lockfiles/legacySdks';
import { isManifestFile, manifestMayContainPattern } from './infra/lockfiles/manifestKind';
import { CONFIG_MARKER, configMayHoldLegacyUrl, isConfigFile } from './infra/text/config/configFormat';
import { isTextInfraFile, textMayContainPattern } from './infra/text/textCandidate';

// The registry of file kinds: which files the tool reads, the text scan that decides whether one is
// analysed, and where its analyser is. A new kind of file is one entry here (and its analyser in the
// table of src/analyseFile.ts). The CLI loads this module on every run and scans every file with it, so
// it imports no analyser: each is loaded on first use (the engine's TypeScript compiler costs ~0.2 s).

/** Options every analyser reads (each uses what applies to its kind). */
export interface AnalyseOptions {
  filename: string;
  apiVersion?: string;
  /** Rewrite literal URLs in Markdown fenced code blocks (otherwise Markdown is report-only). */
  includeDocs?: boolean;
  /** Follows imported consts into other modules (see ModuleHost). */
  modules?: ModuleHost;
  /** Legacy SDK versions the project's lockfile resolves (see MigrateOptions). */
  legacySdkVersions?: MigrateOptions['legacySdkVersions'];
  /** analyseFile only: analyse even when the text scan finds nothing (a script imports a legacy module). */
  skipPrefilter?: boolean;
  /** The kind's safety-net re-parse of the migrated text (see MigrateOptions.verifyOutput); default true. */
  verifyOutput?: boolean;
}

/** One kind's analyser: findings and the migrated text. Pure. */
export type Analyser = (text: string, options: AnalyseOptions) => FileResult;

export type FileKindName = 'script' | 'manifest' | 'arm' | 'jsonnet' | 'templated' | 'bicep' | 'terraform' | 'text' | 'config';

/** One kind of file the tool reads. */
export interface FileKind {
  name: FileKindName;
  /** True for a file of this kind, by its path. */
  matches(filename: string): boolean;
  /** Cheap text scan: false means the file certainly holds nothing the analyser reports (no parse needed). */
  mayContain(text: string, filename: string): boolean;
  /** A cheaper first scan of the raw bytes, for kinds that have one: false rules the file out. */
  mayContainBytes?(bytes: Buffer): boolean;
  /** Loads the kind's analyser (and whatever parser it needs). */
  load(): Promise<Analyser>;
}

const SCRIPT_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
const ARM_FILE = /\.(?:json|jsonc)$|\.json\.(?:tmpl|tpl|gotmpl)$/i;

/** The text scan's markers as bytes, made once (a Buffer search for a string would encode it each time). */
const markerBytes = new Map<string, Buffer>();
const bytesOf = (needle: string): Buffer => {
  let bytes = markerBytes.get(needle);
  if (!bytes) markerBytes.set(needle, (bytes = Buffer.from(needle, 'latin1')));
  return bytes;
};

/** Every kind, in the order a file is matched against them (the first that matches is the file's kind). */
export const FILE_KINDS: readonly FileKind[] = [
  {
    name: 'script',
    matches: (filename) => SCRIPT_FILE.test(filename),
    mayContain: mayContainLegacyPattern,
    // The scan's marker check on the raw bytes (see holdsLegacyMarkers), then its checks of the text as it is
    // (comments included): no string is made of a file they rule out.
    mayContainBytes: (bytes) =>
      holdsLegacyMarkers((needle) => bytes.includes(bytesOf(needle))) && markedBytesMayContainLegacyPattern(bytes),
    load: () => import('./engine/migrateSource.js').then((module) => module.migrateSource),
  },
  {
    // Before ARM: package.json and lockfiles are JSON, but never templates.
    name: 'manifest',
    matches: isManifestFile,
    mayContain: manifestMayContainPattern,
    // The same test on the raw bytes (the names are ASCII): a package.json without them makes no string.
    mayContainBytes: (bytes) => LEGACY_SDKS.some((sdk) => bytes.includes(bytesOf(sdk.name))),
    load: () => import('./infra/lockfiles/index.js').then((module) => module.analyseManifest),
  },
  {
    // ARM templates, and any JSON file for its configuration values (a token URL a setting holds).
    name: 'arm',
    matches: (filename) => ARM_FILE.test(filename),
    mayContain: (text) => mayDeclareManagedIdentityExtension(text) || configMayHoldLegacyUrl(text),
    load: () => import('./infra/text/config/index.js').then((module) => module.analyseJsonFile),
  },
  {
    name: 'jsonnet',
    matches: (filename) => /\.(?:jsonnet|libsonnet)$/i.test(filename),
    mayContain: mayDeclareManagedIdentityExtension,
    load: () => import('./infra/arm/templatedText.js').then((module) => module.analyseJsonnetFile),
  },
  {
    // Go-templated ARM parts (acs-engine's `parts/k8s/*.t` files) and JSON under other template engines: report-only.
    name: 'templated',
    matches: (filename) => /\.t$|\.json\.(?:j2|jinja2?|erb|mustache|hbs|template)$/i.test(filename),
    mayContain: mayDeclareManagedIdentityExtension,
    load: () => import('./infra/arm/templatedText.js').then((module) => module.analyseTemplatedFile),
  },
  {
    name: 'bicep',
    matches: (filename) => /\.bicep$/i.test(filename),
    mayContain: mayDeclareManagedIdentityExtension,
    load: () => import('./infra/bicep/analyseBicep.js').then((module) => module.analyseBicepFile),
  },
  {
    name: 'terraform',
    matches: (filename) => /\.tf$/i.test(filename),
    mayContain: mayDeclareManagedIdentityExtension,
    load: () => import('./infra/terraform/analyseTerraform.js').then((module) => module.analyseTerraformFile),
  },
  {
    // Shell and PowerShell scripts, Dockerfiles, CI YAML, Markdown, and Python, C#, Java, Go and Ruby sources.
    name: 'text',
    matches: isTextInfraFile,
    mayContain: textMayContainPattern,
    load: () => import('./infra/text/index.js').then((module) => module.analyseTextKind),
  },
  {
    // Configuration files other than JSON (YAML that is not CI, .env, INI, .properties, TOML): report-only.
    name: 'config',
    matches: isConfigFile,
    mayContain: configMayHoldLegacyUrl,
    mayContainBytes: (bytes) => bytes.includes(bytesOf(CONFIG_MARKER)),
    load: () => import('./infra/text/config/index.js').then((module) => module.analyseConfigFile),
  },
];

/** The kind of `filename`, or undefined for a file the tool does not read. */
export function fileKindOf(filename: string): FileKind | undefined {
  return FILE_KINDS.find((kind) => kind.matches(filename));
}

/** True for the JavaScript/TypeScript files the engine parses. */
export function isScriptFile(filename: string): boolean {
  return SCRIPT_FILE.test(filename);
}

/** True for every kind of file the tool looks at. */
export function isSupportedFile(filename: string): boolean {
  return fileKindOf(filename) !== undefined;
}

/** Cheap text scan: false means the file certainly holds no pattern and need not be analysed. */
export function mayContainPattern(text: string, filename: string): boolean {
  return fileKindOf(filename)?.mayContain(text, filename) ?? false;
}

/**
 * True when analyseFile must analyse the file (its kind's analyser runs): `skipPrefilter`, or the
 * kind's text scan keeps it, or (a script) a relative module it imports (read through
 * `options.modules`) may hold a legacy value: the script's own scan cannot see a URL it imports.
 * Loads no analyser: the ESLint plugin asks it before it loads the engine.
 */
export function worthAnalysing(text: string, options: AnalyseOptions): boolean {
  const kind = fileKindOf(options.filename);
  if (!kind) return false;
  return (
    options.skipPrefilter === true ||
    kind.mayContain(text, options.filename) ||
    (kind.name === 'script' && importsLegacyModule(text, options.filename, options.modules))
  );
}

/** mayContainPattern's first step on a file's raw bytes, for kinds that have one (always true for others). */
export function mayContainPatternBytes(bytes: Buffer, filename: string): boolean {
  return fileKindOf(filename)?.mayContainBytes?.(bytes) ?? true;
}

/**
 * The analyser of `filename`'s kind, loaded on first use (for a file no kind reads, one that finds
 * nothing). It does not scan (the caller has) and turns a stack overflow into a parse-error, as
 * analyseFile does.
 */
export async function loadAnalyser(filename: string): Promise<Analyser> {
  const [analyse, { unchangedResult, withStackGuard }] = await Promise.all([
    fileKindOf(filename)?.load(),
    import('./engine/fileResult.js'),
  ]);
  return (text, options) =>
    analyse ? withStackGuard(text, options.filename, () => analyse(text, options)) : unchangedResult(text, options.filename);
}
