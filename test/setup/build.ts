// Vitest global setup: compile src/ once so tests that run the real bin (dist/src/cli/bin.js), the
// jscodeshift transform or the ESLint plugin exercise exactly what users install. Type errors are
// printed (tsc still emits); `npm run typecheck` is the strict gate. Every CLI the tests start keeps its
// compiler code cache (src/files/compileCache.ts) in one directory of this run, not in the user's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-test-cache-'));
  process.env.XDG_CACHE_HOME = cacheHome;
  const root = path.resolve(__dirname, '../..');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) process.stderr.write(`tsc reported errors while building dist/:\n${result.stdout}${result.stderr}`);
  return () => fs.rmSync(cacheHome, { recursive: true, force: true });
}
