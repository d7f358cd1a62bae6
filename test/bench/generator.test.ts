import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { DEFAULT_SEED, decoyFileCount, generateTree, legacyFileCount, nearMissFileCount } from '../../bench/lib/generate-tree.mjs';
import { NEAR_MISS_KINDS } from '../../bench/lib/near-miss-snippets.mjs';
import { holdsLegacyMarkers, MARKER_PIECES, mayContainLegacyPattern } from '../../src/engine/prefilter';
import { analyseFile } from '../../src/analyseFile';
import { ensureTree } from '../../bench/lib/write-tree.mjs';

// A legacy URL in code (a quote or backtick before it: the comment-only decoy has none), or the
// options-object style.
const LEGACY_URL = /['`]http:\/\/(?:localhost|127\.0\.0\.1):(?:50342|\$\{MSI_PORT\})\/oauth2\/token|port: 50342, path: '\/oauth2\/token/;
const digest = (files: { path: string; content: string }[]) => {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(`${file.path}\0${file.content}\0`);
  return hash.digest('hex');
};

describe('benchmark tree generator', () => {
  it('produces the same bytes for the same seed, and different bytes for another seed', () => {
    const first = generateTree({ fileCount: 400, seed: 7 });
    const second = generateTree({ fileCount: 400, seed: 7 });
    expect(digest(second.files)).toBe(digest(first.files));
    expect(second.manifest).toEqual(first.manifest);
    expect(digest(generateTree({ fileCount: 400, seed: 8 }).files)).not.toBe(digest(first.files));
  });

  it('plants exactly the expected number of legacy and decoy files, named in the manifest', () => {
    for (const fileCount of [300, 5000]) {
      const { files, manifest } = generateTree({ fileCount });
      expect(files).toHaveLength(fileCount + 1); // + package.json
      expect(manifest.legacy).toHaveLength(legacyFileCount(fileCount));
      expect(manifest.decoys).toHaveLength(decoyFileCount(fileCount));
      const legacyPaths = new Set(manifest.legacy.map((entry) => entry.path));
      const withLegacyCall = files.filter((file) => LEGACY_URL.test(file.content)).map((file) => file.path);
      expect(new Set(withLegacyCall)).toEqual(legacyPaths);
    }
    expect(legacyFileCount(20_000)).toBe(40);
  });

  it('spreads legacy files over every client style and decoys over every kind', () => {
    const { manifest } = generateTree({ fileCount: 5000 });
    expect(new Set(manifest.legacy.map((entry) => entry.variant)).size).toBe(5);
    expect(new Set(manifest.decoys.map((entry) => entry.variant))).toEqual(
      new Set(['number-50342', 'aad-login', 'cloud-shell', 'comment-only', 'arc-endpoint', 'imds-already', 'local-oauth-server']),
    );
  });

  it("plants near misses only in a dense tree: 3% of its files get past the scan's first step, each kind as documented", () => {
    expect(generateTree({ fileCount: 300 }).manifest.nearMisses).toEqual([]);
    const { files, manifest } = generateTree({ fileCount: 3000, density: 'dense' });
    expect(manifest.nearMisses).toHaveLength(nearMissFileCount(3000, 'dense'));
    expect(new Set(manifest.nearMisses!.map((entry) => entry.variant))).toEqual(new Set(NEAR_MISS_KINDS));
    const textOf = new Map(files.map((file) => [file.path, file.content]));
    const withPieces = files.filter((file) => MARKER_PIECES.some((piece) => file.content.includes(piece)));
    expect(withPieces.length / 3000).toBeCloseTo(0.03, 2);
    // Where each kind stops: the raw marker check, the scan (after the lexer), or the parse (no finding).
    const expected: Record<string, [raw: boolean, scan: boolean]> = {
      'pieces-only': [false, false],
      'entra-token-url': [true, false],
      'dev-oauth-port': [true, false],
      'extension-name': [true, false],
      'port-and-loopback': [true, true],
    };
    for (const { path: file, variant } of manifest.nearMisses!) {
      const text = textOf.get(file)!;
      expect(analyseFile(text, { filename: file }).findings, file).toEqual([]);
      if (!(variant in expected)) continue; // url-in-comment: the lexer stops before the comment in a JSX file
      expect([holdsLegacyMarkers((needle) => text.includes(needle)), mayContainLegacyPattern(text, file)], `${variant} ${file}`).toEqual(
        expected[variant],
      );
    }
  });

  it('generates source that parses, in the expected mix of extensions and sizes', () => {
    const { files } = generateTree({ fileCount: 600, seed: DEFAULT_SEED });
    const sources = files.filter((file) => file.path !== 'package.json');
    for (const file of sources) {
      const kind = /x$/.test(file.path) ? ts.ScriptKind.TSX : /\.ts$/.test(file.path) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
      const parsed = ts.createSourceFile(file.path, file.content, ts.ScriptTarget.Latest, false, kind) as ts.SourceFile & {
        parseDiagnostics: ts.Diagnostic[];
      };
      expect(parsed.parseDiagnostics, file.path).toEqual([]);
    }
    const extensions = new Set(sources.map((file) => path.extname(file.path)));
    expect(extensions).toEqual(new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs']));
    const sizes = sources.map((file) => Buffer.byteLength(file.content)).sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThan(1000);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(20_000);
  });

  it('writes the tree as a committed git repository, reuses it, and rebuilds it once modified', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-bench-tree-'));
    try {
      const first = ensureTree({ directory, fileCount: 120, seed: 3 });
      expect(first.generated).toBe(true);
      const listed = execFileSync('git', ['ls-files'], { cwd: directory, encoding: 'utf8' }).trim().split('\n');
      expect(listed).toHaveLength(121);
      expect(execFileSync('git', ['status', '--porcelain'], { cwd: directory, encoding: 'utf8' })).toBe('');
      const { files } = generateTree({ fileCount: 120, seed: 3 });
      for (const file of files) expect(fs.readFileSync(path.join(directory, file.path), 'utf8')).toBe(file.content);
      const second = ensureTree({ directory, fileCount: 120, seed: 3 });
      expect(second.generated).toBe(false);
      expect(second.manifest.legacy).toEqual(first.manifest.legacy);
      fs.writeFileSync(path.join(directory, 'left-behind.ts'), 'export {};\n');
      expect(ensureTree({ directory, fileCount: 120, seed: 3 }).generated).toBe(true);
      expect(fs.existsSync(path.join(directory, 'left-behind.ts'))).toBe(false);
      expect(ensureTree({ directory, fileCount: 120, seed: 3, regenerate: true }).generated).toBe(true);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
