// Prettier lays code out at 140 columns but cannot break a string, a regex or a comment: this keeps the
// source readable without scrolling, by asking for long messages to be split at a word (`'…' + '…'`).
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');
const MAX = 160;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

it(`no line of src/ is longer than ${MAX} characters`, () => {
  const long = sourceFiles(SRC).flatMap((file) =>
    fs
      .readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .flatMap((line, index) => (line.length > MAX ? [`${path.relative(SRC, file)}:${index + 1} (${line.length})`] : [])),
  );
  expect(long).toEqual([]);
});
