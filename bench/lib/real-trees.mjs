// Trees of real code anyone can rebuild offline: this project's own installed dependencies (node_modules,
// ~14,500 files: JavaScript, TypeScript declarations, JSON, Markdown of ~500 packages) copied as a plain
// tree, once into a temporary git repository and once outside any; and a copy of a generated tree
// outside git. They live under the system's temporary directory (a tree inside this repository would be
// inside its git work tree), and are rebuilt when what they copy changes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitAll, git } from './git.mjs';

/** Where the benchmark keeps the trees it copies: outside every git work tree. */
export const COPIED_TREES_DIR = path.join(os.tmpdir(), 'mi-codemod-bench');

/** The stamp a copy was made from: kept beside the tree (`<tree>.stamp`), so it is no file of the tree. */
const stampFile = (directory) => `${directory}.stamp`;

/**
 * Makes sure `directory` holds a copy of `source` made from `stamp` (anything that identifies what is
 * copied), committed to its own git repository when `inGit`, untouched since; copies it again otherwise.
 * `skip(relativePath)` leaves entries out. Returns `{ files, bytes, copied }`.
 */
function ensureCopy({ source, directory, inGit, stamp, skip, log }) {
  const wanted = JSON.stringify({ stamp, inGit });
  const current = fs.existsSync(stampFile(directory)) ? fs.readFileSync(stampFile(directory), 'utf8') : '';
  const clean = !inGit || (fs.existsSync(path.join(directory, '.git')) && git(directory, ['status', '--porcelain']).length === 0);
  if (current.startsWith(wanted) && clean) return { ...JSON.parse(current.slice(wanted.length)), copied: false };
  log(`copying ${source} to ${directory}${inGit ? ' (a git repository)' : ' (outside git)'}`);
  fs.rmSync(directory, { recursive: true, force: true });
  fs.rmSync(stampFile(directory), { force: true });
  fs.mkdirSync(directory, { recursive: true });
  fs.cpSync(source, directory, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (from) => !skip(path.relative(source, from).split(path.sep).join('/')),
  });
  if (inGit) commitAll(directory, 'tree');
  const counted = countFiles(directory);
  fs.writeFileSync(stampFile(directory), wanted + JSON.stringify(counted));
  return { ...counted, copied: true };
}

function countFiles(directory) {
  let files = 0;
  let bytes = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git' && dir === directory) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files += 1;
        bytes += fs.statSync(full).size;
      }
    }
  };
  walk(directory);
  return { files, bytes };
}

/**
 * This repository's node_modules, copied to `directory` as a plain tree (in a git repository when
 * `inGit`): the packages sit at its top (`typescript/lib/...`), so the tool's default ignores skip only
 * what they would in a real repository (nested node_modules, dist, build). The package manager's own
 * folders (`.bin`, `.cache`, which holds the benchmark's snapshot) are left out. Rebuilt when the
 * installed packages change (npm's node_modules/.package-lock.json).
 */
export function ensureDependencyTree({ repoRoot, directory, inGit, log = () => {} }) {
  const source = path.join(repoRoot, 'node_modules');
  const installed = fs.readFileSync(path.join(source, '.package-lock.json'));
  return ensureCopy({
    source,
    directory,
    inGit,
    stamp: crypto.createHash('sha256').update(installed).digest('hex'),
    skip: (relative) => relative === '.bin' || relative === '.cache',
    log,
  });
}

/** A generated tree (see write-tree.mjs) copied outside git, without its .git: the same files, and no git to list them. */
export function ensurePlainCopy({ source, manifest, directory, log = () => {} }) {
  return ensureCopy({ source, directory, inGit: false, stamp: JSON.stringify(manifest), skip: (relative) => relative === '.git', log });
}
