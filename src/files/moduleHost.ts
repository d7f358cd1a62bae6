import fs from 'node:fs';
import path from 'node:path';
import { isScriptFile } from '../fileKinds';
import type { ModuleHost } from '../engine/types';
import { MAX_FILE_BYTES } from './readSourceFile';
import { relativePosixPath } from './posixPath';

const MODULE_SUFFIXES = [
  '',
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '/index.ts',
  '/index.tsx',
  '/index.js',
  '/index.mjs',
];

/** A JSON module, named with its extension as Node and TypeScript require (`import cfg from './msi.json'`). */
function isJsonModule(candidate: string, base: string): boolean {
  return candidate === base && /\.json$/i.test(candidate);
}

/**
 * Resolves relative imports the way Node and TypeScript do for source trees (`./config`, `./config.js`
 * for config.ts, `./dir` for dir/index.ts, `./msi.json`) and reads the module, once per path for the host's life.
 * Names are cwd-relative, as the CLI's (absolute importers give absolute-resolved, cwd-relative names).
 */
export function diskModuleHost(cwd: string): ModuleHost {
  const cache = new Map<string, { filename: string; text: string } | undefined>();
  return {
    resolveImport(fromFilename, specifier) {
      const base = path.resolve(cwd, path.dirname(fromFilename), specifier);
      if (cache.has(base)) return cache.get(base);
      const candidates = [...MODULE_SUFFIXES.map((suffix) => base + suffix), base.replace(/\.([cm]?)js(x?)$/, '.$1ts$2')];
      let found: { filename: string; text: string } | undefined;
      for (const candidate of candidates) {
        try {
          // Most candidates do not exist: no exception for them (an ESLint run over real code asks thousands).
          const stats = fs.statSync(candidate, { throwIfNoEntry: false });
          if (!stats?.isFile() || stats.size > MAX_FILE_BYTES || !(isScriptFile(candidate) || isJsonModule(candidate, base))) continue;
          found = { filename: relativePosixPath(cwd, candidate), text: fs.readFileSync(candidate, 'utf8') };
          break;
        } catch {
          // not this one
        }
      }
      cache.set(base, found);
      return found;
    },
  };
}
