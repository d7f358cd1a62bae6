// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// The built CLI reads on two threads in large runs (src/cli/analysis/threads.ts): its output must be
// exactly what the same run gives on one thread (MI_CODEMOD_WORKER=0), whatever the files hold.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initCommittedRepo, LEGACY_FETCH, makeTempDir, MIGRATED_FETCH, runBin, writeTree } from './helpers';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A tree above the worker threshold: ordinary files, legacy ones, a skipped one, an unparsable one, a cross-file group. */
function mixedTree(): string {
  const root = makeTempDir('mi-codemod-worker-');
  roots.push(root);
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 120; i++) files[`src/plain/m${String(i).padStart(3, '0')}.ts`] = `export const v${i} = ${i};\n`;
  for (let i = 0; i < 6; i++) files[`src/legacy/l${i}.ts`] = `export async function t${i}() {\n  ${LEGACY_FETCH}\n  return r;\n}\n`;
  files['src/broken.ts'] = `const u = 'http://localhost:50342/oauth2/token';\nfunction (\n`;
  files['src/binary.ts'] = Buffer.concat([Buffer.from("const u = 'http://localhost:50342/oauth2/token';"), Buffer.from([0, 1, 2])]);
  files['src/config.ts'] = "export const TOKEN_URL = 'http://localhost:50342/oauth2/token';\n";
  files['src/token.ts'] =
    "import { TOKEN_URL } from './config';\nexport const get = () => fetch(`${TOKEN_URL}?resource=https://vault.azure.net`, { headers: { Metadata: 'true' } });\n";
  files['infra/main.json'] = JSON.stringify(
    { resources: [{ type: 'Microsoft.Compute/virtualMachines/extensions', properties: { type: 'ManagedIdentityExtensionForLinux' } }] },
    null,
    2,
  );
  writeTree(root, files);
  initCommittedRepo(root);
  return root;
}

describe('analysis on a worker thread', () => {
  it('reports exactly what one thread reports, in the same order, with the same notes and exit code', () => {
    const root = mixedTree();
    for (const args of [
      ['--check', '--format', 'json', '.'],
      ['--dry', '.'],
      ['--check', '--format', 'sarif'],
    ]) {
      const worker = runBin(root, args, { MI_CODEMOD_WORKER: '1' });
      const inline = runBin(root, args, { MI_CODEMOD_WORKER: '0' });
      const automatic = runBin(root, args);
      expect(worker).toEqual(inline);
      expect(automatic).toEqual(inline);
    }
    const report = JSON.parse(runBin(root, ['--check', '--format', 'json'], { MI_CODEMOD_WORKER: '1' }).stdout);
    expect(report.summary).toMatchObject({ filesScanned: 130, filesSkipped: 1 });
    const named = new Set(report.findings.map((finding: { file: string }) => finding.file));
    for (let i = 0; i < 6; i++) expect(named.has(`src/legacy/l${i}.ts`)).toBe(true);
    expect(named.has('src/broken.ts')).toBe(true);
  });

  it('writes the same fixes as one thread, cross-file groups included', () => {
    const viaWorker = mixedTree();
    const inline = mixedTree();
    const worker = runBin(viaWorker, ['--force', '.'], { MI_CODEMOD_WORKER: '1' });
    expect(worker.stderr).toContain('note: skipped src/binary.ts: binary file (NUL byte)');
    expect(runBin(inline, ['--force', '.'], { MI_CODEMOD_WORKER: '0' })).toEqual(worker);
    for (const file of ['src/legacy/l0.ts', 'src/config.ts', 'src/token.ts', 'src/broken.ts']) {
      expect(fs.readFileSync(path.join(viaWorker, file), 'utf8')).toBe(fs.readFileSync(path.join(inline, file), 'utf8'));
    }
    expect(fs.readFileSync(path.join(viaWorker, 'src/legacy/l0.ts'), 'utf8')).toContain(MIGRATED_FETCH);
    expect(fs.readFileSync(path.join(viaWorker, 'src/config.ts'), 'utf8')).toContain('169.254.169.254');
  });
});
