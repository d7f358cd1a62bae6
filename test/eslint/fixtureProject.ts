// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
const FIXTURE_PROJECT = path.join(__dirname, 'fixture-project');
const ESLINT_BIN = path.join(REPO_ROOT, 'node_modules/eslint/bin/eslint.js');

export const LEGACY_URL_PREFIX = 'http://localhost:50342/oauth2/token?';
export const IMDS_URL_PREFIX = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&';

/** The rewrite the engine must make in the fixtures: a test oracle independent of the engine. */
export function expectedMigration(source: string): string {
  return source.split(LEGACY_URL_PREFIX).join(IMDS_URL_PREFIX);
}

export interface TempProject {
  root: string;
  read(relativePath: string): Buffer;
  write(relativePath: string, content: string | Buffer): void;
  eslint(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): void;
}

/**
 * A copy of test/eslint/fixture-project in a temp dir whose node_modules resolves `mi-codemod` to this
 * repository (as an installed package would) and `@typescript-eslint/parser` to ours.
 */
export function createTempProject(): TempProject {
  const root = mkdtempSync(path.join(tmpdir(), 'mi-codemod-eslint-'));
  cpSync(FIXTURE_PROJECT, root, { recursive: true });
  mkdirSync(path.join(root, 'node_modules/@typescript-eslint'), { recursive: true });
  symlinkSync(REPO_ROOT, path.join(root, 'node_modules/mi-codemod'), 'junction');
  symlinkSync(
    path.join(REPO_ROOT, 'node_modules/@typescript-eslint/parser'),
    path.join(root, 'node_modules/@typescript-eslint/parser'),
    'junction',
  );
  return {
    root,
    read: (relativePath) => readFileSync(path.join(root, relativePath)),
    write: (relativePath, content) => writeFileSync(path.join(root, relativePath), content),
    eslint: (args) =>
      new Promise((resolve) => {
        execFile(process.execPath, [ESLINT_BIN, ...args], { cwd: root }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          resolve({ code, stdout, stderr });
        });
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
