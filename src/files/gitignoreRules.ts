import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** git compares ignore patterns case-insensitively where it sets core.ignorecase (macOS, Windows). */
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32';

/**
 * The `.gitignore` files of a tree outside git, read as git would read them in a repository rooted at
 * `root`: each file's patterns apply below its own directory, and the deepest file that matches a path
 * decides (a deeper `!pattern` re-includes). Each directory's `.gitignore` is read once, on first use.
 * Paths are relative to `root`, `/`-separated, directories with a trailing `/`.
 */
export class GitignoreRules {
  private readonly rulesByDirectory = new Map<string, Ignore | undefined>();

  constructor(private readonly root: string) {}

  /**
   * True when the `.gitignore` files of the directories above `relativePath` ignore it. Only the entry
   * itself is judged: a walk never enters an ignored directory, so it has judged the ones above.
   */
  ignoresEntry(relativePath: string): boolean {
    const end = relativePath.endsWith('/') ? relativePath.length - 1 : relativePath.length;
    for (let slash = relativePath.lastIndexOf('/', end - 1); ; slash = relativePath.lastIndexOf('/', slash - 1)) {
      const directory = slash < 0 ? '' : relativePath.slice(0, slash + 1);
      const verdict = this.rulesOf(directory)?.test(relativePath.slice(directory.length));
      if (verdict?.ignored) return true;
      if (verdict?.unignored || slash < 0) return false;
    }
  }

  /** True when `relativePath` (a file), or a directory above it, is ignored: what a glob's match needs. */
  ignores(relativePath: string): boolean {
    for (let slash = relativePath.indexOf('/'); slash >= 0; slash = relativePath.indexOf('/', slash + 1)) {
      if (this.ignoresEntry(relativePath.slice(0, slash + 1))) return true;
    }
    return this.ignoresEntry(relativePath);
  }

  /** The patterns of `directory`'s own `.gitignore` ('' for the root, else with a trailing `/`), if it has one. */
  private rulesOf(directory: string): Ignore | undefined {
    if (this.rulesByDirectory.has(directory)) return this.rulesByDirectory.get(directory);
    let rules: Ignore | undefined;
    try {
      const file = path.join(this.root, directory, '.gitignore');
      if (fs.lstatSync(file, { throwIfNoEntry: false })?.isFile())
        rules = ignore({ ignorecase: IGNORE_CASE }).add(fs.readFileSync(file, 'utf8'));
    } catch {
      // An unreadable .gitignore ignores nothing, as in git.
    }
    this.rulesByDirectory.set(directory, rules);
    return rules;
  }
}
