// Which runs keep the engine's safety-net re-parse: fix mode and --dry, which write or show the migrated
// text, refuse a plan that would not parse; --check, which does neither, reports the plan as it is
// (see MigrateOptions.verifyOutput). A plan that breaks the file is made by corrupting applyEdits' output.
// No request is sent: the engine only turns text into text (and test/setup/no-real-network.ts makes any
// non-loopback socket throw).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run';
import { corruption, LEGACY_REQUEST as LEGACY } from '../engine/corruptibleEdits';
import { captureIO, lastLine, makeTempDir, writeTree } from './helpers';

vi.mock('../../src/engine/applyEdits', (importOriginal) =>
  import('../engine/corruptibleEdits.js').then((module) => module.corruptibleApplyEdits(importOriginal)),
);

const roots: string[] = [];
function project(): string {
  const root = makeTempDir();
  roots.push(root);
  writeTree(root, { 'a.ts': LEGACY });
  return root;
}
afterEach(() => {
  corruption.on = false;
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('the safety net by mode, when a plan would not parse', () => {
  it('fix mode writes nothing and reports the file for manual review', async () => {
    corruption.on = true;
    const root = project();
    const io = captureIO(root);
    expect(await run(['--force', '.'], io)).toBe(1);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(LEGACY);
    expect(io.out()).toContain('could not rewrite this safely (the rewrite would not parse)');
    expect(lastLine(io.out())).toBe('exit 1: 1 error left for manual review');
  });

  it('--dry shows no diff and reports the file for manual review', async () => {
    corruption.on = true;
    const root = project();
    const io = captureIO(root);
    expect(await run(['--dry', '.'], io)).toBe(1);
    expect(io.out()).not.toContain('+++');
    expect(io.out()).toContain('could not rewrite this safely (the rewrite would not parse)');
  });

  it('--check reports the plan as fix mode would find it without the corruption: the same findings, the same exit', async () => {
    const root = project();
    const clean = captureIO(root);
    const cleanCode = await run(['--check', '.'], clean);
    corruption.on = true;
    const corrupted = captureIO(root);
    expect(await run(['--check', '.'], corrupted)).toBe(cleanCode);
    expect(cleanCode).toBe(1);
    expect(corrupted.out()).toBe(clean.out());
    expect(corrupted.out()).toContain('(fixable)');
    expect(corrupted.out()).not.toContain('could not rewrite this safely');
  });
});
