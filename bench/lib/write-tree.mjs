// Puts a generated tree on disk as a git repository (so the CLI's `git ls-files` discovery is
// exercised) and reuses it on later runs. The manifest lives in .git/, out of the listed files.
import fs from 'node:fs';
import path from 'node:path';
import { commitAll, git } from './git.mjs';
import { GENERATOR_VERSION, DEFAULT_SEED, generateFiles, planTree } from './generate-tree.mjs';

const MANIFEST = path.join('.git', 'bench-manifest.json');

/** The manifest of a complete tree at `directory` made by this generator version, seed and density, or null. */
export function readExistingManifest(directory, seed, density = 'normal') {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(directory, MANIFEST), 'utf8'));
    return manifest.generatorVersion === GENERATOR_VERSION && manifest.seed === seed && (manifest.density ?? 'normal') === density
      ? manifest
      : null;
  } catch {
    return null;
  }
}

/**
 * Makes sure `directory` holds the tree of `fileCount` files for `seed`, committed to its own git
 * repository and unchanged since; generates it (replacing whatever is there) when missing, stale,
 * modified, or when `regenerate` is set.
 * Returns `{ manifest, generated, totalBytes }`.
 */
export function ensureTree({ directory, fileCount, seed = DEFAULT_SEED, density = 'normal', regenerate = false, log = () => {} }) {
  const existing = regenerate ? null : readExistingManifest(directory, seed, density);
  if (existing && existing.fileCount === fileCount) {
    // A tree someone ran the fix mode on, or that a tool left files in, is rebuilt.
    const dirty = git(directory, ['status', '--porcelain', '--untracked-files=all']).toString('utf8');
    if (dirty === '') return { manifest: existing, generated: false, totalBytes: existing.totalBytes };
    log(`${directory} has changes (${dirty.split('\n')[0].trim()} ...): regenerating`);
  }
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(directory, { recursive: true });
  log(`generating ${fileCount} files in ${directory}`);
  let totalBytes = 0;
  const made = new Set();
  for (const file of generateFiles({ fileCount, seed, density })) {
    const target = path.join(directory, file.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    fs.writeFileSync(target, file.content);
    totalBytes += Buffer.byteLength(file.content);
  }
  log(`committing ${fileCount} files (${(totalBytes / 1e6).toFixed(1)} MB) to a git repository`);
  commitAll(directory, `synthetic tree: ${fileCount} files, seed ${seed}`);
  const manifest = { ...planTree({ fileCount, seed, density }).manifest, totalBytes };
  fs.writeFileSync(path.join(directory, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, generated: true, totalBytes };
}
