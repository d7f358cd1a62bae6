import fs from 'node:fs';

/** Files larger than this are skipped: no hand-written source or template is that big. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A line longer than this marks a minified or generated bundle, which is not migrated by hand. */
export const MAX_SCRIPT_LINE_LENGTH = 10_000;

export type SourceRead = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** True when some line of the text is longer than MAX_SCRIPT_LINE_LENGTH. */
export function hasHugeLine(text: string): boolean {
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 10;
    if (ch === 10 || ch === 13) {
      if (i - lineStart > MAX_SCRIPT_LINE_LENGTH) return true;
      lineStart = i + 1;
    }
  }
  return false;
}

/** The outcomes every ruled-out and every gone file share (nothing to allocate per file). */
const IRRELEVANT = Object.freeze({ kind: 'irrelevant' } as const);
const MISSING = Object.freeze({ kind: 'missing' } as const);

/** Opens for reading without following a final symlink (O_NOFOLLOW; Windows has none). */
const READ_NO_FOLLOW = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0);

/** Errors that mean the path is no longer a readable regular file: deleted, a symlink, a directory. */
const GONE = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'EISDIR']);

/** One buffer reused for every file that fits in it: no allocation per file. */
const readBuffer = Buffer.allocUnsafeSlow(1 << 20);

/**
 * The buffer of the last file too large for readBuffer, reused for the next one that fits in it: a run over
 * dependencies meets a dozen bundles of 1–9 MB, and a buffer of its own for each stayed allocated until a
 * garbage collection (26 MB outside the heap at the peak of a run over this project's node_modules). A
 * larger file replaces it (so that 9 MB of typescript.js is kept only while no larger file comes).
 */
let largeBuffer: Buffer | undefined;

/**
 * Reads the whole file (open, read until end, close) and returns its bytes: a view of readBuffer, valid
 * until the next read, for a file that fits in it (nearly every file: no stat); of largeBuffer, sized by
 * one fstat, for a larger one.
 */
function readWhole(file: string): Buffer {
  const fd = fs.openSync(file, READ_NO_FOLLOW);
  try {
    let buffer: Buffer = readBuffer;
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const size = Math.max(fs.fstatSync(fd).size + 1, buffer.length * 2);
        const larger = largeBuffer && largeBuffer.length >= size && largeBuffer !== buffer ? largeBuffer : Buffer.allocUnsafeSlow(size);
        buffer.copy(larger, 0, 0, length);
        buffer = largeBuffer = larger;
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a file's bytes, and decides with one cheap scan of them whether it needs decoding at all:
 * `mayMatter` sees the bytes as Latin-1 (every marker the tool looks for is ASCII, so this is exact and
 * costs no UTF-8 decoding). Only files it keeps are checked for size, NUL bytes and valid UTF-8.
 * `mayMatterBytes`, when given, scans the bytes themselves first. Synchronous on purpose: three system
 * calls per file (open, read, close), no stat, no promise, no allocation but the Latin-1 string. A
 * symlink is not followed, and a path that is gone (deleted, now a symlink or a directory) is `missing`:
 * discovery may list a file that changed since.
 */
export function readCandidate(
  file: string,
  mayMatter: (asciiView: string) => boolean,
  /** A cheaper first scan of the raw bytes: false rules the file out before any string is made of it. */
  mayMatterBytes?: (bytes: Buffer) => boolean,
): SourceRead | { kind: 'irrelevant' } | { kind: 'missing' } {
  let bytes: Buffer;
  try {
    bytes = readWhole(file);
  } catch (error) {
    if (GONE.has((error as NodeJS.ErrnoException).code ?? '')) return MISSING;
    throw error;
  }
  const utf16 = utf16Text(bytes);
  if (utf16 !== undefined)
    return mayMatter(utf16) ? { kind: 'skipped', reason: 'UTF-16 encoded (save it as UTF-8 to migrate it)' } : IRRELEVANT;
  if ((mayMatterBytes && !mayMatterBytes(bytes)) || !mayMatter(bytes.toString('latin1'))) return IRRELEVANT;
  return decode(bytes);
}

/**
 * Reads a file as text, or says why it is skipped (too large, binary, not valid UTF-8). A BOM stays
 * part of the text, so writing the text back keeps it.
 */
export async function readSourceFile(file: string): Promise<SourceRead> {
  return readSourceText(file);
}

/** readSourceFile, synchronously. */
export function readSourceText(file: string): SourceRead {
  return decode(fs.readFileSync(file));
}

function decode(bytes: Buffer): SourceRead {
  if (bytes.length > MAX_FILE_BYTES) return { kind: 'skipped', reason: 'larger than 5 MB' };
  if (bytes.includes(0)) return { kind: 'skipped', reason: 'binary file (NUL byte)' };
  try {
    return { kind: 'text', text: strictUtf8.decode(bytes) };
  } catch {
    return { kind: 'skipped', reason: 'not valid UTF-8' };
  }
}

/** The file's permission bits, read only for files that are about to be rewritten. */
export function fileMode(file: string): number {
  return fs.statSync(file).mode;
}

/** The text of a file that starts with a UTF-16 byte order mark, or undefined for any other file. */
function utf16Text(bytes: Buffer): string | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return undefined;
}
