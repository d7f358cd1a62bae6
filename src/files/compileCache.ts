import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

// The engine's parser is the 9 MB TypeScript compiler. Compiling it, and then the functions a run calls
// for the first time, is most of what a run that parses anything costs: V8's code cache (bytecode, made
// after a run has used the compiler) takes that away on every later run (-0.4 s of CPU on the
// benchmark). Node 20 has no built-in module compile cache (module.enableCompileCache is Node 22), and
// v8-compile-cache makes its data before the code runs (no lazily compiled functions) in a directory
// under the shared tmp: this module caches the one file, after use, in a directory only the user can write.

/** How a module was loaded: from the cache, or compiled (no cache yet, or V8 refused it), or with caching off. */
export type CompileCacheStatus = 'used' | 'created' | 'rejected' | 'off';

export interface CachedModuleLoad {
  status: CompileCacheStatus;
  /** Writes the code cache, now holding every function compiled so far, when the load did not use one. Never throws. */
  save(): void;
}

/**
 * The directory of the compile cache: `$XDG_CACHE_HOME/mi-codemod`, else `~/.cache/mi-codemod`
 * (`%LOCALAPPDATA%\mi-codemod` on Windows), created private. Undefined when MI_CODEMOD_COMPILE_CACHE=0, or
 * when the directory cannot be made or is not the user's own and private (the cache holds code).
 */
export function compileCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.MI_CODEMOD_COMPILE_CACHE === '0') return undefined;
  const base = env.XDG_CACHE_HOME || (process.platform === 'win32' ? env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  const directory = path.join(base, 'mi-codemod');
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(directory);
    if (!stat.isDirectory()) return undefined;
    if (process.platform !== 'win32' && (stat.uid !== process.getuid?.() || (stat.mode & 0o022) !== 0)) return undefined;
    return directory;
  } catch {
    return undefined;
  }
}

/** The engine's parser, as src/engine/typescript.ts requires it. */
const COMPILER_MODULE = '@ts-morph/common/dist/typescript.js';

let compiler: CachedModuleLoad | undefined;
let compilerLoaded = false;

/**
 * Loads the engine's TypeScript compiler with its code cache (`$XDG_CACHE_HOME/mi-codemod`, unless
 * MI_CODEMOD_COMPILE_CACHE=0), once per process, before the engine first requires it: the engine's own
 * require then finds it loaded. Does nothing when the compiler is loaded already. True when this call
 * loaded it and made a new cache, which saveCompilerCache writes (once the process has parsed something:
 * the cache then holds the functions a parse compiles).
 */
export function loadCompiler(): boolean {
  if (compilerLoaded) return false;
  compilerLoaded = true;
  try {
    const filename = require.resolve(COMPILER_MODULE);
    if (createRequire(__filename).cache[filename]) return false;
    compiler = loadWithCompileCache(filename, compileCacheDir(process.env));
    return compiler.status !== 'used' && compiler.status !== 'off';
  } catch {
    return false; // left to the engine's own require, which reports what is wrong
  }
}

/** Writes the compiler's code cache when loadCompiler made a new one. Never throws. */
export function saveCompilerCache(): void {
  compiler?.save();
  compiler = undefined;
}

/**
 * Loads the CommonJS module `filename` (one that requires only Node's built-ins) into require.cache,
 * compiled with its code cache from `cacheDir` when there is a valid one, so that a later `require` of
 * it gets this instance. The cache is keyed by the file (path, size, mtime, inode), by Node's version
 * and architecture and by its flags; V8 checks it again and refuses a stale one. Errors reading the cache only
 * cost the cache; an exception of the module itself propagates, as from `require`.
 */
export function loadWithCompileCache(filename: string, cacheDir: string | undefined): CachedModuleLoad {
  const bytes = fs.readFileSync(filename);
  // typescript.js is ASCII: made a string as Latin-1, it skips UTF-8 decoding (20 ms of 9 MB); the same text.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cacheFile = cacheDir === undefined ? undefined : cacheFileFor(filename, cacheDir);
  const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename, cachedData });
  const status: CompileCacheStatus =
    cacheFile === undefined ? 'off' : cachedData === undefined ? 'created' : script.cachedDataRejected ? 'rejected' : 'used';

  const loaded = { id: filename, filename, loaded: false, exports: {} as unknown, children: [], paths: [] };
  const factory = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
  factory.call(loaded.exports, loaded.exports, createRequire(filename), loaded, filename, path.dirname(filename));
  loaded.loaded = true;
  const moduleCache = createRequire(__filename).cache as Record<string, unknown>;
  moduleCache[filename] = loaded;

  return {
    status,
    save() {
      if (cacheFile === undefined || status === 'used') return;
      try {
        const temporary = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, cacheFile);
        removeOlderCaches(cacheFile);
      } catch {
        // A cache that cannot be written only costs the next run its speed.
      }
    },
  };
}

function cacheFileFor(filename: string, cacheDir: string): string | undefined {
  try {
    const stat = fs.statSync(filename);
    // V8 refuses a cache made under other flags: each set of flags (node --flag, NODE_OPTIONS) keeps its own.
    const key = JSON.stringify([
      filename,
      stat.size,
      stat.mtimeMs,
      stat.ino,
      process.version,
      process.arch,
      process.versions.v8,
      process.execArgv,
      process.env.NODE_OPTIONS ?? '',
    ]);
    return path.join(cacheDir, `${path.basename(filename)}-${createHash('sha256').update(key).digest('hex').slice(0, 20)}.v8cache`);
  } catch {
    return undefined;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Deletes the caches of earlier versions of the same file (another Node, an upgraded package). */
function removeOlderCaches(cacheFile: string): void {
  const directory = path.dirname(cacheFile);
  const prefix = path.basename(cacheFile).replace(/-[0-9a-f]{20}\.v8cache$/, '-');
  for (const entry of fs.readdirSync(directory)) {
    if (entry.startsWith(prefix) && entry.endsWith('.v8cache') && entry !== path.basename(cacheFile))
      fs.rmSync(path.join(directory, entry), { force: true });
  }
}
