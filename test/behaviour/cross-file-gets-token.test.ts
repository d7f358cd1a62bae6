// A URL const exported by one module and used by requests in two others: the real CLI migrates the
// three files together, and the migrated importers get their tokens from the strict fake IMDS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import { FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN, imdsHandlers } from '../../src/testing';
import { fakeVmFor } from './expectedCall';
import { createInterceptingServer } from './interceptNetwork';

const repo = path.resolve(__dirname, '../..');
const fixture = path.join(repo, '__testfixtures__/cross-file/base-url-const');
// Outside the repository (whose .gitignore would hide it from the CLI), with the repo's node_modules.
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-cross-file-'));
const network = createInterceptingServer();

beforeAll(() => {
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
  for (const file of fs.readdirSync(fixture)) fs.copyFileSync(path.join(fixture, file), path.join(workDir, file));
  network.start();
});
afterEach(() => network.server.resetHandlers());
afterAll(() => {
  network.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('an exported URL const and its importers', () => {
  it('are migrated together by the CLI, and the importers then get tokens from IMDS', async () => {
    const run = spawnSync(process.execPath, [path.join(repo, 'dist/src/cli/bin.js'), '--force', '.'], { cwd: workDir, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(workDir, 'config.ts'), 'utf8')).toContain("'http://169.254.169.254/metadata/identity/oauth2/token'");

    const token = await import(path.join(workDir, 'token.ts'));
    let imds = imdsHandlers(fakeVmFor({ resource: 'https://management.azure.com/' }));
    network.server.resetHandlers(...imds);
    expect(await token.getToken('https://management.azure.com/')).toBe(IMDS_ACCESS_TOKEN);
    expect(imds.requests.map((request) => request.status)).toEqual([200]);

    const vault = await import(path.join(workDir, 'vault.ts'));
    imds = imdsHandlers(fakeVmFor({ resource: 'https://vault.azure.net' }));
    network.server.resetHandlers(...imds);
    expect(await vault.vaultToken()).toBe(IMDS_ACCESS_TOKEN);
    expect(imds.requests.map((request) => request.status)).toEqual([200]);
  });
});
