// Vitest global setup: compile src/ once so tests that run the real bin (dist/src/cli/bin.js), the
// jscodeshift transform or the ESLint plugin exercise exactly what users install. Type errors are
// printed (tsc still emits); `npm run typecheck` is the strict gate.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '../..');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) process.stderr.write(`tsc reported errors while building dist/:\n${result.stdout}${result.stderr}`);
}
