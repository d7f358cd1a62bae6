/** The two command languages the script analyser reads. */
export type Dialect = 'sh' | 'pwsh';

/** A stretch of a file that holds shell or PowerShell commands (a whole script, a RUN line, a YAML step). */
export interface ScriptRegion {
  start: number;
  end: number;
  dialect: Dialect;
  /** The line-continuation character: `\` for sh, backtick for PowerShell (Dockerfiles may change it). */
  continuation: '\\' | '`';
  /** YAML folded scalars (`>`): a single line break is a space, not the end of a command. */
  foldedNewlines?: boolean;
  /**
   * true: PowerShell 6+ (`pwsh`: `curl`/`wget` are the real programs, `-NoProxy` exists); false: Windows
   * PowerShell 5.1 (aliases, no `-NoProxy`); undefined: unknown (a `.ps1` file).
   */
  powershellCore?: boolean;
  /** Set when edits cannot be made safely here (a quoted YAML scalar, a Dockerfile exec form): report only. */
  reportOnlyReason?: string;
}

/** A region covering `[start, end)` with the defaults of its dialect. */
export function scriptRegion(start: number, end: number, dialect: Dialect, extra: Partial<ScriptRegion> = {}): ScriptRegion {
  return { start, end, dialect, continuation: dialect === 'sh' ? '\\' : '`', ...extra };
}
