// The compiler's code cache (src/files/compileCache.ts): where it lives, when it is trusted, and that a run
// that uses it reports exactly what a run without it reports.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCacheDir, loadWithCompileCache } from '../../src/files/compileCache';
import { BIN, initCommittedRepo, LEGACY_FETCH, makeTempDir, runBin, writeTree } from './helpers';

/** The built CLI's directory (dist/src/cli), compiled by the global setup. */
const BUILT = path.dirname(BIN);

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});
function tempDir(): string {
  const root = makeTempDir('mi-codemod-cache-');
  roots.push(root);
  return root;
}
const posix = process.platform !== 'win32';
const cacheFiles = (directory: string) => fs.readdirSync(directory).filter((entry) => entry.endsWith('.v8cache'));

describe('compileCacheDir', () => {
  it('is a private mi-codemod directory under XDG_CACHE_HOME, and off with MI_CODEMOD_COMPILE_CACHE=0', () => {
    const home = tempDir();
    const directory = compileCacheDir({ XDG_CACHE_HOME: home });
    expect(directory).toBe(path.join(home, 'mi-codemod'));
    if (posix) expect(fs.statSync(directory!).mode & 0o777).toBe(0o700);
    expect(compileCacheDir({ XDG_CACHE_HOME: home, MI_CODEMOD_COMPILE_CACHE: '0' })).toBeUndefined();
  });

  it.runIf(posix)('is not used when others can write to it, or when it is a symlink', () => {
    const home = tempDir();
    fs.mkdirSync(path.join(home, 'mi-codemod'));
    fs.chmodSync(path.join(home, 'mi-codemod'), 0o777);
    expect(compileCacheDir({ XDG_CACHE_HOME: home })).toBeUndefined();
    const other = tempDir();
    fs.symlinkSync(tempDir(), path.join(other, 'mi-codemod'));
    expect(compileCacheDir({ XDG_CACHE_HOME: other })).toBeUndefined();
  });
});

describe('loadWithCompileCache', () => {
  function moduleFile(body = 'exports.answer = (n) => n * 2;'): string {
    const file = path.join(tempDir(), 'compiled.js');
    fs.writeFileSync(file, body);
    return file;
  }
  /**
   * Loads `file` in a new node process (V8 also keeps compiled code in memory, so a second load in one
   * process says nothing of the cache), then requires it: the status, whether require got the instance
   * loadWithCompileCache ran, and its answer.
   */
  function loadInNewProcess(file: string, cacheDir: string | undefined): { status: string; sameInstance: boolean; answer: number } {
    const script = `
      const { loadWithCompileCache } = require(${JSON.stringify(path.join(BUILT, '../files/compileCache.js'))});
      const load = loadWithCompileCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir ?? null)} ?? undefined);
      const loaded = require(${JSON.stringify(file)});
      loaded.marked = true;
      load.save();
      console.log(JSON.stringify({ status: load.status, sameInstance: require.cache[${JSON.stringify(file)}].exports.marked === true && !!loaded.answer, answer: loaded.answer(21) }));`;
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  }

  it('loads the module into require.cache, then makes, uses, refuses and remakes the cache', () => {
    const file = moduleFile();
    const cacheDir = compileCacheDir({ XDG_CACHE_HOME: tempDir() })!;
    expect(loadInNewProcess(file, cacheDir)).toEqual({ status: 'created', sameInstance: true, answer: 42 });
    const [cache] = cacheFiles(cacheDir);
    if (posix) expect(fs.statSync(path.join(cacheDir, cache)).mode & 0o777).toBe(0o600);
    const written = fs.statSync(path.join(cacheDir, cache)).mtimeMs;
    expect(loadInNewProcess(file, cacheDir)).toEqual({ status: 'used', sameInstance: true, answer: 42 });
    expect(fs.statSync(path.join(cacheDir, cache)).mtimeMs).toBe(written); // a used cache is not rewritten

    fs.writeFileSync(path.join(cacheDir, cache), 'not a code cache');
    expect(loadInNewProcess(file, cacheDir)).toEqual({ status: 'rejected', sameInstance: true, answer: 42 });
    expect(loadInNewProcess(file, cacheDir).status).toBe('used'); // the refused cache was remade
  });

  it('keys the cache by the file: a changed file gets a new cache, which replaces the old one', () => {
    const file = moduleFile();
    const cacheDir = compileCacheDir({ XDG_CACHE_HOME: tempDir() })!;
    loadInNewProcess(file, cacheDir);
    const [old] = cacheFiles(cacheDir);
    fs.writeFileSync(file, 'exports.answer = (n) => n * 3; // changed');
    expect(loadInNewProcess(file, cacheDir)).toEqual({ status: 'created', sameInstance: true, answer: 63 });
    expect(cacheFiles(cacheDir)).toHaveLength(1);
    expect(cacheFiles(cacheDir)[0]).not.toBe(old);
  });

  it('reads an ASCII module and one with other characters as require does, with and without the cache', () => {
    // 42 only when 'é✓' is decoded as UTF-8 (as Latin-1 it would be four other characters).
    const file = moduleFile("exports.answer = (n) => n * 2 + ('é✓' === '\\u00e9\\u2713' ? 0 : 1000);");
    const cacheDir = compileCacheDir({ XDG_CACHE_HOME: tempDir() })!;
    expect(loadInNewProcess(file, cacheDir)).toEqual({ status: 'created', sameInstance: true, answer: 42 });
    expect(loadInNewProcess(file, cacheDir)).toEqual({ status: 'used', sameInstance: true, answer: 42 });
    expect(loadInNewProcess(moduleFile(), undefined)).toEqual({ status: 'off', sameInstance: true, answer: 42 });
  });

  it('without a cache directory compiles as require does, and writes nothing', () => {
    const file = moduleFile();
    expect(loadInNewProcess(file, undefined)).toEqual({ status: 'off', sameInstance: true, answer: 42 });
  });

  it('lets an exception of the module propagate, as require does', () => {
    expect(() => loadWithCompileCache(moduleFile('throw new Error("module failed");'), undefined)).toThrow('module failed');
  });
});

describe('the CLI with the compile cache', () => {
  it('preloads the very compiler module the engine parses with', () => {
    // Run in a new process, as the CLI does: the engine's require then finds the preloaded instance.
    const script = `
      const { analyseText } = require(${JSON.stringify(path.join(BUILT, 'analysis/engine.js'))});
      const settings = { cwd: process.cwd(), apiVersion: '2018-02-01', includeDocs: false, verifyOutput: false, keepTexts: false };
      analyseText(process.cwd() + '/a.ts', 'a.ts', 'export const a = 1;', settings).then(() => {
        const { ts } = require(${JSON.stringify(path.join(BUILT, '../engine/typescript.js'))});
        const preloaded = Object.entries(require.cache).filter(([file]) => file.endsWith('typescript.js') && require.cache[file].exports === ts);
        // loadWithCompileCache puts a plain record in require.cache; require's own load would be a Module.
        console.log(JSON.stringify({ preloaded: preloaded.length, byTheCache: preloaded.length === 1 && !(require.cache[preloaded[0][0]] instanceof require('node:module')) }));
      });`;
    const home = tempDir();
    const first = JSON.parse(
      execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home } }),
    );
    expect(first).toEqual({ preloaded: 1, byTheCache: true });
  });

  it('writes the cache on its first run, uses it on the next, and reports the same either way', () => {
    const root = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`src/m${i}.ts`] = `export const v${i} = ${i};\n`;
    files['src/legacy.ts'] = `export async function t() {\n  ${LEGACY_FETCH}\n  return r;\n}\n`;
    writeTree(root, files);
    initCommittedRepo(root);
    const home = tempDir();
    const cacheDir = path.join(home, 'mi-codemod');
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const env = { XDG_CACHE_HOME: home };
    const first = runBin(root, ['--check', '--format', 'json', '.'], env);
    expect(first.code).toBe(1);
    const [cache] = cacheFiles(cacheDir);
    expect(cache).toMatch(/^typescript\.js-[0-9a-f]{20}\.v8cache$/);
    const written = fs.statSync(path.join(cacheDir, cache)).mtimeMs;
    const second = runBin(root, ['--check', '--format', 'json', '.'], env);
    expect(fs.statSync(path.join(cacheDir, cache)).mtimeMs).toBe(written); // used, so not rewritten
    expect(second).toEqual(first);
    expect(runBin(root, ['--check', '--format', 'json', '.'], { ...env, MI_CODEMOD_COMPILE_CACHE: '0' })).toEqual(first);
  });
});
