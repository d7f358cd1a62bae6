import { IGNORED_DIRECTORY_NAMES } from '../../files/defaultIgnores';
import { discoverSourceFiles, type DiscoveredFile } from '../../files/discover';
import type { CliIO } from '../io';

// Step 1 of the pipeline: which files the run reads (src/files/discover.ts: git's listing in a work
// tree, a walk that honours .gitignore elsewhere, globs expanded in-process).

/**
 * The files the command-line paths select, sorted, each once. A path that names nothing is noted on
 * stderr and skipped; when every path names nothing, the run has checked nothing and must not pass:
 * returns exit code 2 after saying so.
 */
export async function discover(paths: readonly string[], cwd: string, io: CliIO): Promise<DiscoveredFile[] | 2> {
  const missing: string[] = [];
  const ignored: string[] = [];
  const files = await discoverSourceFiles(paths, {
    cwd,
    onMissing: (argument) => missing.push(argument),
    onIgnored: (argument) => ignored.push(argument),
  });
  if (missing.length > 0 && missing.length === paths.length) {
    io.stderr.write(missing.map((argument) => `mi-codemod: no such file or directory: ${argument}\n`).join(''));
    io.stderr.write(
      `exit 2: ${missing.length === 1 ? 'the path does not exist' : 'none of the paths exists'}; ` +
        'check the spelling (a glob matching nothing is not an error)\n',
    );
    return 2;
  }
  for (const argument of missing) io.stderr.write(`note: no such file or directory: ${argument} (skipped)\n`);
  for (const argument of ignored)
    io.stderr.write(
      `note: ${argument} is not scanned: ${IGNORED_DIRECTORY_NAMES.filter((name) => name !== '.git').join(', ')} ` +
        'directories (dependencies, build output, vendored code) are always skipped; check the sources they come from\n',
    );
  return files;
}
