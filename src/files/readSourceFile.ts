import fs from 'node:fs/promises';

/** Files larger than this are skipped: no hand-written source or template is that big. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A line longer than this marks a minified or generated bundle, which is not migrated by hand. */
export const MAX_SCRIPT_LINE_LENGTH = 10_000;

export type SourceRead =
  | { kind: 'text'; text: string; mode: number }
  | { kind: 'skipped'; reason: string };

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

/**
 * Reads a file as text, or says why it is skipped (too large, binary, not valid UTF-8). A BOM stays
 * part of the text, so writing the text back keeps it.
 */
export async function readSourceFile(file: string): Promise<SourceRead> {
  const stats = await fs.stat(file);
  if (stats.size > MAX_FILE_BYTES) return { kind: 'skipped', reason: 'larger than 5 MB' };
  const bytes = await fs.readFile(file);
  if (bytes.includes(0)) return { kind: 'skipped', reason: 'binary file (NUL byte)' };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { kind: 'skipped', reason: 'not valid UTF-8' };
  }
  return { kind: 'text', text, mode: stats.mode };
}
