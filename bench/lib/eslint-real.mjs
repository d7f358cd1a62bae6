// ESLint on real code: 2,000 JavaScript files of this project's own dependencies (every n-th .js file
// of 1-100 KB, in path order, so that every package contributes), linted with one core rule and with
// that rule plus the plugin's recommended config. The difference is what the plugin costs a lint run.
import fs from 'node:fs';
import path from 'node:path';
import { writeEslintConfigs } from './latency.mjs';

export const ESLINT_REAL_FILES = 2000;

/** The `.js` files of 1-100 KB under `root` (relative, sorted), outside nested node_modules. */
function javascriptFiles(root) {
  const found = [];
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(child);
      } else if (entry.isFile() && entry.name.endsWith('.js')) {
        const size = fs.statSync(path.join(root, child)).size;
        if (size >= 1000 && size <= 100_000) found.push(child);
      }
    }
  };
  walk('');
  return found.sort();
}

/**
 * Copies the chosen files from the repository's node_modules into `directory`/code (replacing it) and
 * writes the two configs. Returns `{ files, bytes, oneRule, withPlugin, code }`.
 */
export function makeEslintRealProject({ directory, repoRoot, packageDir }) {
  fs.rmSync(directory, { recursive: true, force: true });
  const source = path.join(repoRoot, 'node_modules');
  const all = javascriptFiles(source).filter((file) => !file.startsWith('mi-codemod'));
  const step = Math.max(1, Math.floor(all.length / ESLINT_REAL_FILES));
  const chosen = all.filter((_, index) => index % step === 0).slice(0, ESLINT_REAL_FILES);
  let bytes = 0;
  for (const file of chosen) {
    const target = path.join(directory, 'code', file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(source, file), target);
    bytes += fs.statSync(target).size;
  }
  fs.mkdirSync(path.join(directory, 'node_modules'), { recursive: true });
  fs.symlinkSync(packageDir, path.join(directory, 'node_modules/mi-codemod'), 'dir');
  return { files: chosen.length, bytes, code: path.join(directory, 'code'), ...writeEslintConfigs(directory) };
}
