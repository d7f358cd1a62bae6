import { MARKER_PIECES, mayContainLegacyPattern } from './engine/prefilter';
import { infraMayContainPattern, isInfraFile } from './infra/infraKind';

// Which files the tool reads, and the text scan that decides whether one is parsed. Kept apart from the
// engine (and with it the TypeScript compiler, ~0.2 s to load): the CLI reads and scans every file with these, and
// loads the engine only for a file the scan keeps.

const SCRIPT_EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/i;

/** True for the JavaScript/TypeScript files the engine parses. */
export function isScriptFile(filename: string): boolean {
  return SCRIPT_EXTENSIONS.test(filename);
}

/** True for every kind of file the tool looks at (scripts and, see src/infra, infrastructure files). */
export function isSupportedFile(filename: string): boolean {
  return isScriptFile(filename) || isInfraFile(filename);
}

/** Cheap text scan: false means the file certainly holds no pattern and need not be parsed. */
export function mayContainPattern(text: string, filename: string): boolean {
  if (isScriptFile(filename)) return mayContainLegacyPattern(text, filename);
  if (isInfraFile(filename)) return infraMayContainPattern(text, filename);
  return false;
}

const MARKER_PIECE_BYTES = MARKER_PIECES.map((piece) => Buffer.from(piece, 'latin1'));

/**
 * mayContainPattern's first step on a file's raw bytes: false when a script holds none of the
 * prefilter's marker pieces (no string is made of it). Always true for other files.
 */
export function mayContainPatternBytes(bytes: Buffer, filename: string): boolean {
  return !isScriptFile(filename) || MARKER_PIECE_BYTES.some((piece) => bytes.includes(piece));
}
