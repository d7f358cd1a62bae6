// The package.json that `npm pack` and `npm publish` put in the tarball has no `prepare` script (nor the
// `prepack` and `postpack` that run this file, which the tarball does not hold).
//
// In a clone, `prepare` builds dist/ on `npm ci` / `npm install` (the README's first command relies on it,
// and so does pre-commit, which installs a hook from a clone). The tarball ships dist/ already built, so
// there the script would only do harm: npm 11 lists `prepare` among the install scripts of a package
// installed from a tarball or git and warns that it is not covered by allowScripts.
//
//   prepack:  node scripts/pack-manifest.mjs strip     (after the build) package.json → package.json.unpacked,
//                                                      package.json rewritten without those three scripts
//   postpack: node scripts/pack-manifest.mjs restore   package.json.unpacked → package.json, byte for byte
//
// Both renames are atomic, so a reader never sees half a file. If a pack dies between the two, the next
// `strip` restores the saved file first (and `git status` shows package.json changed meanwhile).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.join(root, 'package.json');
const saved = path.join(root, 'package.json.unpacked');
/** The scripts that only build or pack the repository: a clone needs them, the tarball does not. */
const REPOSITORY_SCRIPTS = ['prepare', 'prepack', 'postpack'];

function restore() {
  if (fs.existsSync(saved)) fs.renameSync(saved, manifest);
}

function strip() {
  restore();
  const text = fs.readFileSync(manifest, 'utf8');
  const published = JSON.parse(text);
  if (!REPOSITORY_SCRIPTS.some((name) => published.scripts?.[name])) return;
  for (const name of REPOSITORY_SCRIPTS) delete published.scripts[name];
  const temporary = `${manifest}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(published, null, 2)}\n`);
  fs.copyFileSync(manifest, saved);
  fs.renameSync(temporary, manifest);
}

const command = process.argv[2];
if (command === 'strip') strip();
else if (command === 'restore') restore();
else {
  process.stderr.write('usage: node scripts/pack-manifest.mjs strip|restore\n');
  process.exit(2);
}
