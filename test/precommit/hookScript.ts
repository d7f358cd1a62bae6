// The plain git pre-commit hook exactly as docs/precommit.md prints it, made runnable against this build.
import fs from 'node:fs';
import path from 'node:path';
import { CLI_BIN, PROJECT_ROOT } from './gitSandbox';

const DOCS_FILE = path.join(PROJECT_ROOT, 'docs/precommit.md');
/** How the documented hook calls the tool; the tests call the freshly built bin instead. */
export const DOCUMENTED_INVOCATION = 'npx --no -- mi-codemod';

/** The text of the first ```sh block in docs/precommit.md that starts with a shebang. */
export function documentedGitHook(): string {
  const docs = fs.readFileSync(DOCS_FILE, 'utf8');
  const block = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(docs);
  if (!block) throw new Error('docs/precommit.md has no ```sh block starting with #!/bin/sh');
  return block[1];
}

/** Quotes a path for a POSIX shell script. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The documented hook with `npx --no -- mi-codemod` replaced by this process's node running dist/src/cli/bin.js. */
export function runnableGitHook(): string {
  const script = documentedGitHook();
  if (!script.includes(DOCUMENTED_INVOCATION)) throw new Error(`the documented hook does not call "${DOCUMENTED_INVOCATION}"`);
  return script.split(DOCUMENTED_INVOCATION).join(`${shellQuote(process.execPath)} ${shellQuote(CLI_BIN)}`);
}
