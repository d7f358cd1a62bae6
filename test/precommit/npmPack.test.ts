// pre-commit installs a `language: node` hook with `npm install`, then `npm pack`, and takes npm pack's
// whole stdout as the tarball's file name (pre-commit/pre-commit#3259, #3460). npm 10 and later print
// lifecycle banners (`> mi-codemod@0.1.0 prepare`, `prepack`) there too, unless the repository's .npmrc says
// `foreground-scripts=false`; without it the hook cannot be installed. Checked on a copy of this
// package's package.json and .npmrc whose scripts only print, so nothing is built (packaging.test.ts
// packs with the real ones).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, isolatedEnv, runCommand } from './gitSandbox';

/** The environment without the npm_config_* and npm_* variables that `npx vitest` hands down. */
function npmFreeEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(isolatedEnv()).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

describe('npm pack of this package, as pre-commit runs it', () => {
  let copy: string;

  beforeEach(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-pack-'));
    const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    manifest.scripts = {
      prepare: 'node -e "console.log(\'built\')"',
      prepack: 'node -e "console.log(\'built again, manifest stripped\')"',
      postpack: 'node -e "console.log(\'manifest restored\')"',
    };
    fs.writeFileSync(path.join(copy, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const npmrc = path.join(PROJECT_ROOT, '.npmrc');
    if (fs.existsSync(npmrc)) fs.copyFileSync(npmrc, path.join(copy, '.npmrc'));
  });
  afterEach(() => fs.rmSync(copy, { recursive: true, force: true }));

  it('prints nothing on stdout but the tarball name, although `prepare`, `prepack` and `postpack` print', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(copy, 'package.json'), 'utf8'));
    const result = runCommand('npm', ['pack'], copy, npmFreeEnv());

    expect(result.status, result.output).toBe(0);
    expect(result.stdout.trim()).toBe(`${manifest.name}-${manifest.version}.tgz`);
    expect(fs.existsSync(path.join(copy, result.stdout.trim()))).toBe(true);
  });
});
