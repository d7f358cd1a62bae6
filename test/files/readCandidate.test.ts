import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { holdsLegacyMarkers, MARKER_PIECES, PORT_MARKS, SDK_OR_PROVISIONING, TOKEN_PATH } from '../../src/engine/prefilter';
import { mayContainPattern, mayContainPatternBytes } from '../../src/fileKinds';
import { MAX_FILE_BYTES, readCandidate } from '../../src/files/readSourceFile';
import { makeTempDir } from '../cli/helpers';

const roots: string[] = [];
function dir(): string {
  const root = makeTempDir('mi-codemod-read-');
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

const keepAll = () => true;

describe('readCandidate', () => {
  it('hands the scan the bytes as Latin-1 and decodes only the files it keeps', () => {
    const root = dir();
    fs.writeFileSync(path.join(root, 'a.ts'), '\uFEFFconst café = "localhost:50342";\r\n');
    const seen: string[] = [];
    expect(readCandidate(path.join(root, 'a.ts'), (ascii) => (seen.push(ascii), false))).toEqual({ kind: 'irrelevant' });
    expect(seen[0]).toBe(Buffer.from('\uFEFFconst café = "localhost:50342";\r\n').toString('latin1'));
    expect(readCandidate(path.join(root, 'a.ts'), keepAll)).toEqual({ kind: 'text', text: '\uFEFFconst café = "localhost:50342";\r\n' });
  });

  it('reads files larger than its buffer whole, one after the other, without mixing their bytes', () => {
    const root = dir();
    const large = `${'x'.repeat(3 * 1024 * 1024)}END`;
    fs.writeFileSync(path.join(root, 'large.js'), large);
    fs.writeFileSync(path.join(root, 'small.js'), 'tiny');
    expect(readCandidate(path.join(root, 'large.js'), keepAll)).toEqual({ kind: 'text', text: large });
    expect(readCandidate(path.join(root, 'small.js'), keepAll)).toEqual({ kind: 'text', text: 'tiny' });
    fs.writeFileSync(path.join(root, 'huge.js'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    expect(readCandidate(path.join(root, 'huge.js'), keepAll)).toEqual({ kind: 'skipped', reason: 'larger than 5 MB' });
    expect(readCandidate(path.join(root, 'empty.js'), keepAll)).toEqual({ kind: 'missing' });
    fs.writeFileSync(path.join(root, 'empty.js'), '');
    expect(readCandidate(path.join(root, 'empty.js'), keepAll)).toEqual({ kind: 'text', text: '' });
  });

  it('says `missing` for a path that is gone, a directory, or a symlink (never followed)', () => {
    const root = dir();
    fs.writeFileSync(path.join(root, 'target.ts'), 'localhost:50342');
    fs.symlinkSync(path.join(root, 'target.ts'), path.join(root, 'link.ts'));
    fs.mkdirSync(path.join(root, 'dir.ts'));
    expect(readCandidate(path.join(root, 'deleted.ts'), keepAll)).toEqual({ kind: 'missing' });
    expect(readCandidate(path.join(root, 'dir.ts'), keepAll)).toEqual({ kind: 'missing' });
    expect(readCandidate(path.join(root, 'target.ts', 'below.ts'), keepAll)).toEqual({ kind: 'missing' });
    if (process.platform !== 'win32') expect(readCandidate(path.join(root, 'link.ts'), keepAll)).toEqual({ kind: 'missing' });
  });
});

describe('mayContainPatternBytes', () => {
  it("answers on a script's raw bytes what the scan's marker check answers on its text, and lets every other kind through", () => {
    const markers = [...SDK_OR_PROVISIONING, ...PORT_MARKS, TOKEN_PATH, ...MARKER_PIECES, 'localhost', '127.0.0.1', '[::1]', 'é', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...markers), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const bytes = Buffer.from(text, 'utf8');
        expect(mayContainPatternBytes(bytes, 'a.ts')).toBe(holdsLegacyMarkers((needle) => text.includes(needle)));
        if (!mayContainPatternBytes(bytes, 'a.ts')) expect(mayContainPattern(text, 'a.ts')).toBe(false);
        expect(mayContainPatternBytes(bytes, 'README.md')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
