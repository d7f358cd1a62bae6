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
}

/** A position for people: 1-based line and column, as editors and ESLint show them. */
export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
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
}

export interface MigrateOptions {
  /** Used for the parser's language (ts/tsx/js/jsx/mjs/cjs/mts/cts) and in messages. */
  filename: string;
  /** IMDS api-version to emit. Defaults to DEFAULT_API_VERSION. */
  apiVersion?: string;
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
  /** Set when the file could not be parsed; findings then holds one `parse-error`. */
  parseError?: { message: string; loc: Position };
}
