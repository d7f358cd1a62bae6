/** Stable rule ids: the same strings appear in every reporter and in the ESLint rule. */
export type RuleId =
  | 'legacy-endpoint'
  | 'missing-metadata-header'
  | 'legacy-sdk-option'
  | 'legacy-sdk-version'
  | 'dead-port-config'
  | 'vm-extension-provisioning'
  | 'manual-review'
  | 'no-timeout'
  | 'proxy-not-bypassed'
  | 'parse-error';

export type Severity = 'error' | 'warning' | 'info';

/** Replace the half-open source range [start, end) (UTF-16 offsets into the file text) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** Set inside the engine when the edit belongs to another file (an imported const); never in a Finding. */
  filename?: string;
}

/** A position for people: 1-based line and column, as editors and ESLint show them. */
export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /**
   * What is wrong, in words that stay true whether or not the fix is applied. What the fix does is not
   * part of it: see `fixDescription`, and findingText (src/engine/findingText.ts) for the two together.
   */
  message: string;
  /**
   * What `fix` does, as a past participle phrase without a final period (`rewritten to IMDS (…)`,
   * `removed`), present exactly when `fix` is. findingText puts it after the message in the voice of the
   * caller: "Rewritten to IMDS (…)." once the fix is applied, "Would be rewritten to IMDS (…)." before.
   */
  fixDescription?: string;
  /** Offsets of the reported span in the file text. */
  start: number;
  end: number;
  /** 1-based positions of `start` and `end`. */
  loc: { start: Position; end: Position };
  /**
   * The edits that fix this finding. Present only when the engine can fix it safely; a file gets the
   * edits of all its findings or none (see `FileResult.output`).
   */
  fix?: TextEdit[];
  /**
   * Set when every edit of the fix belongs to other files (an imported URL const or builder): those files,
   * which a project run rewrites together with this one (`fix` is then empty). See `FileResult.externalEdits`.
   */
  fixedIn?: string[];
}

/**
 * A finding while its file is analysed: offsets only. Every analyser hands its drafts to
 * assembleFileResult (src/engine/fileResult.ts), which sorts them, applies their fixes all or none and
 * adds positions.
 */
export interface DraftFinding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: TextEdit[];
  /** What `fix` does (see Finding.fixDescription); present exactly when `fix` is. */
  fixDescription?: string;
  /** Set by assembleFileResult when every edit of `fix` belongs to other files (see Finding.fixedIn). */
  fixedIn?: string[];
  /**
   * The analyser's word that the file cannot be migrated without this item: while any draft so marked
   * carries no fix, no edit of the file is applied (a file is never half-migrated). Unset: the item
   * stands alone, and leaving it unfixed blocks nothing.
   */
  blocksFile?: boolean;
}

/** An edit the migration of one file needs in another file (a URL const it imports). */
export interface ExternalEdit extends TextEdit {
  /** The file the edit applies to, as the ModuleHost named it. */
  filename: string;
}

/**
 * How the engine reads the modules a file imports, to follow a URL, base URL or port const across
 * files. Supplied by the caller (the CLI reads files); the engine itself does no I/O.
 */
export interface ModuleHost {
  /** The module `specifier` names when imported from `fromFilename`, or undefined (packages, missing files). */
  resolveImport(fromFilename: string, specifier: string): { filename: string; text: string } | undefined;
}

export interface MigrateOptions {
  /** Used for the parser's language (ts/tsx/js/jsx/mjs/cjs/mts/cts) and in messages. */
  filename: string;
  /** IMDS api-version to emit. Defaults to DEFAULT_API_VERSION. */
  apiVersion?: string;
  /** Follows imported consts into other modules; without it, imported values are opaque. */
  modules?: ModuleHost;
  /**
   * Legacy versions of ms-rest-azure / @azure/ms-rest-nodeauth that the project's lockfile resolves
   * (package → version, and the lockfile's name): with one, a `loginWithVmMSI` call is a finding. An empty
   * map means the lockfile resolves no legacy version (a `port` option is then dead: a warning); left out,
   * nothing is known (a `port` option is then an error).
   */
  legacySdkVersions?: { lockfile: string; versions: ReadonlyMap<string, string> };
  /**
   * Edits that the migration of importers needs in this file (their `externalEdits`), so that the
   * consts they use are rewritten with them instead of being reported as unexplained.
   */
  importedBy?: Array<{ importer: string; edits: TextEdit[] }>;
  /**
   * Re-parse the migrated text and turn every fix into a manual-review finding when it does not parse
   * (the safety net against an inconsistent plan). Default true. False only for a caller that never
   * writes nor shows the migrated text (the CLI's --check): the fixes are then as planned, and fix mode,
   * --dry and the ESLint rule, which keep the net, still refuse any that would not parse.
   */
  verifyOutput?: boolean;
}

export interface FileResult {
  filename: string;
  /** Every finding, fixed or not, in source order. */
  findings: Finding[];
  /**
   * The migrated text: the input with every fix applied, or the input unchanged when nothing is fixable
   * or when any finding blocks the file (a file is never left half-migrated).
   */
  output: string;
  /** True when `output !== input`. */
  changed: boolean;
  /**
   * Edits this file's migration needs in other files (an imported URL const). `output` assumes they are
   * applied: a project run applies the group together or not at all (see reconcileProject).
   */
  externalEdits?: ExternalEdit[];
  /** Modules whose legacy consts this file uses in ways the engine cannot rewrite: they must not change alone. */
  blockedModules?: string[];
  /** Exported consts of this file that hold a legacy value: other modules may import them. */
  legacyExports?: string[];
  /** Set when the file could not be parsed; findings then holds one `parse-error`. */
  parseError?: { message: string; loc: Position };
}
