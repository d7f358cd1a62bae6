/** One shell or PowerShell word with its exact place in the file. */
export interface Word {
  start: number;
  end: number;
  raw: string;
  /** The word after quote removal, when it holds no expansion; undefined when any part is dynamic. */
  value?: string;
  /** The literal text before the first expansion (the whole value when `value` is set). */
  literalPrefix: string;
  /** Set when the whole word is a single quoted segment. */
  quote?: "'" | '"';
  /** `redirect` for `>`, `2>&1`…; `hashtable` for PowerShell `@{…}`; `group` for `(…)`; `splat` for `@args`. */
  kind: 'word' | 'redirect' | 'hashtable' | 'group' | 'splat';
  /** Interiors of `$(…)` / `(…)` inside the word: nested commands to scan. */
  substitutions: Array<{ start: number; end: number }>;
}

/** A simple command: its words (the program first, after assignments and prefixes like `sudo`). */
export interface Command {
  words: Word[];
  /** End offset of the last word. */
  end: number;
}
