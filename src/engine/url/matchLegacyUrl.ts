import type { HolePiece, Piece, TextPiece } from './evaluate';
import { LEGACY_PORT } from './imds';
import { LOOPBACK_HOST_SOURCE } from './loopback';

/** Stands for a hole in the flattened text (a private-use character that never appears in URLs). */
export const HOLE = '\uE000';

/** Where a character of the flattened value comes from. */
export interface CharOrigin {
  piece: number;
  /** Offset inside a text piece; -1 for a hole. */
  offset: number;
}

export interface FlatValue {
  pieces: Piece[];
  /** Text pieces as they are, each hole as one HOLE character. */
  flat: string;
  origins: CharOrigin[];
}

/**
 * A value shaped like the extension's token URL (`full`), its base (`base`: scheme, loopback host and
 * port, no path) or a bare token path (`path`, for options objects and clients with a base URL).
 */
export interface LegacyUrlShape {
  kind: 'full' | 'base' | 'path';
  value: FlatValue;
  /** Index in `flat` of the host's first character (full and base). */
  hostStart: number;
  hostEnd: number;
  /**
   * The host when a variable, parameter or member supplies it (`http://${host}:50342/…`) rather than the text:
   * its values, as far as the file shows, may be loopback ones (a default `'localhost'`, an env fallback) or
   * are unknown, never only other servers'. Consumers decide what else they need (see hostHoleIsExtension).
   */
  hostHole?: HolePiece;
  /** The port as written: digits, a hole, or absent. */
  port?: { text?: string; hole?: HolePiece; start: number; end: number };
  /** Index in `flat` of `/oauth2/token` (full and path); -1 for base. */
  pathStart: number;
  pathEnd: number;
  /** What follows the path: the end of the value, a query, a fragment, or an unknown hole. */
  afterPath: 'end' | 'query' | 'fragment' | 'hole';
  /** True when the port is 50342 however it is written (digits, `50_342`, a const, an env fallback). */
  hasLegacyPort: boolean;
  /** Query parameters that show this is another OAuth server's endpoint (grant_type, client_secret…). */
  looksLikeOtherOAuthServer: boolean;
  hasApiVersion: boolean;
}

/** Flattens pieces to text with one HOLE character per hole, remembering each character's origin. */
export function flatten(pieces: Piece[]): FlatValue {
  let flat = '';
  const origins: CharOrigin[] = [];
  pieces.forEach((piece, index) => {
    if (piece.kind === 'text') {
      for (let offset = 0; offset < piece.text.length; offset++) origins.push({ piece: index, offset });
      flat += piece.text;
    } else {
      origins.push({ piece: index, offset: -1 });
      flat += HOLE;
    }
  });
  return { pieces, flat, origins };
}

/** A host that reaches this machine (see loopback.ts). */
const LOOPBACK = LOOPBACK_HOST_SOURCE;
const PORT = String.raw`(?::(\d+|${HOLE}))?`;
const FULL = new RegExp(String.raw`^(?:https?:)?\/\/(${LOOPBACK}|${HOLE})${PORT}(\/oauth2\/token)(?=$|[?#${HOLE}])`, 'i');
const BASE = new RegExp(String.raw`^(?:https?:)?\/\/(${LOOPBACK}|${HOLE})${PORT}\/?$`, 'i');
const LOOPBACK_VALUE = new RegExp(String.raw`^${LOOPBACK}$`, 'i');
const PATH = new RegExp(String.raw`^\/?(oauth2\/token)(?=$|[?#${HOLE}])`);
const OTHER_OAUTH = /(?:^|[?&])(?:grant_type|client_secret|code|redirect_uri|refresh_token|username|password)=/i;

/** Matches a flattened value against the extension's URL shapes. Pure. */
export function matchLegacyUrl(pieces: Piece[], allowed: ReadonlyArray<LegacyUrlShape['kind']> = ['full']): LegacyUrlShape | undefined {
  const value = flatten(pieces);
  const { flat } = value;
  for (const kind of allowed) {
    if (kind === 'path') {
      const match = PATH.exec(flat);
      if (!match) continue;
      const pathStart = match.index + match[0].length - match[1].length - (flat.startsWith('/') ? 1 : 0);
      return shape(kind, value, -1, -1, undefined, pathStart, match.index + match[0].length);
    }
    const match = (kind === 'full' ? FULL : BASE).exec(flat);
    if (!match) continue;
    const hostStart = flat.indexOf(match[1], match[0].indexOf('//') + 2);
    const hostEnd = hostStart + match[1].length;
    const hostHole = match[1] === HOLE ? (value.pieces[value.origins[hostStart].piece] as HolePiece) : undefined;
    if (hostHole && namesOtherHost(hostHole)) continue;
    let port: LegacyUrlShape['port'];
    if (match[2] !== undefined) {
      const start = hostEnd + 1;
      const end = start + match[2].length;
      const origin = value.origins[start];
      const holePiece = match[2] === HOLE ? (value.pieces[origin.piece] as HolePiece) : undefined;
      port = holePiece ? { hole: holePiece, start, end } : { text: match[2], start, end };
    }
    if (kind === 'base') return { ...shape(kind, value, hostStart, hostEnd, port, -1, -1), hostHole };
    const pathStart = match.index + match[0].length - match[3].length;
    return { ...shape(kind, value, hostStart, hostEnd, port, pathStart, pathStart + match[3].length), hostHole };
  }
  return undefined;
}

/** A host hole whose values the file shows, none of them loopback: another server (`METRICS_HOST`). */
function namesOtherHost(hole: HolePiece): boolean {
  const values = hole.value !== undefined ? [hole.value] : (hole.possible ?? []);
  return values.length > 0 && !values.some((value) => LOOPBACK_VALUE.test(value));
}

/**
 * A host hole is the extension's when the port is certainly 50342 (written, or a value the file gives it) and the
 * host may be loopback (a default `'localhost'`, an env fallback) or, on a URL that holds the token path, is
 * unknown (`process.env.MSI_HOST`): the port and path are the extension's own signature.
 */
export function hostHoleIsExtension(shape: LegacyUrlShape, withTokenPath: boolean): boolean {
  const hole = shape.hostHole;
  if (!hole) return true;
  if (!shape.hasLegacyPort) return false;
  const values = hole.value !== undefined ? [hole.value] : (hole.possible ?? []);
  return values.some((value) => LOOPBACK_VALUE.test(value)) || withTokenPath;
}

function shape(
  kind: LegacyUrlShape['kind'],
  value: FlatValue,
  hostStart: number,
  hostEnd: number,
  port: LegacyUrlShape['port'],
  pathStart: number,
  pathEnd: number,
): LegacyUrlShape {
  const { flat } = value;
  const next = pathEnd >= 0 ? flat[pathEnd] : undefined;
  // A hole right after the path may start the query or not (`url += '?…'`): 'hole', left to a person.
  const afterPath = next === undefined ? 'end' : next === '?' ? 'query' : next === '#' ? 'fragment' : next === HOLE ? 'hole' : 'end';
  const portValue = port?.text ?? port?.hole?.value;
  const query = pathEnd >= 0 ? flat.slice(pathEnd) : '';
  return {
    kind,
    value,
    hostStart,
    hostEnd,
    port,
    pathStart,
    pathEnd,
    afterPath,
    hasLegacyPort: portValue === LEGACY_PORT || (port?.hole?.possible?.includes(LEGACY_PORT) ?? false),
    looksLikeOtherOAuthServer: OTHER_OAUTH.test(query),
    hasApiVersion: /(?:^|[?&])api-version=/i.test(query),
  };
}

/** The text piece and offset a flattened index falls in, or undefined for a hole. */
export function textAt(value: FlatValue, index: number): { piece: TextPiece; pieceIndex: number; offset: number } | undefined {
  const origin = value.origins[index];
  if (!origin || origin.offset < 0) return undefined;
  return { piece: value.pieces[origin.piece] as TextPiece, pieceIndex: origin.piece, offset: origin.offset };
}
