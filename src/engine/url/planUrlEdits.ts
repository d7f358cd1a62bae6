import { ts } from '../typescript';
import { concatOperandText, isSafeConcatOperand } from '../ast/precedence';
import type { ExternalEdit, TextEdit } from '../types';
import { skipWrappers, type HolePiece, type Piece, type TextPiece } from './evaluate';
import { IMDS_HOST, IMDS_TOKEN_PATH } from './imds';
import { textAt, type LegacyUrlShape } from './matchLegacyUrl';
import type { FileScope } from '../ast/scope';
import { otherUseOf } from '../values/otherUses';
import { sourcesOf } from '../values/sources';
import { transplantText } from '../values/transplant';

export interface UrlRewriteRequest {
  shape: LegacyUrlShape;
  /** The URL expression as written at the request site (the argument or property value). */
  siteExpression: ts.Expression;
  /** The api-version to add to the URL's query, or undefined when the caller puts it elsewhere. */
  apiVersion?: string;
  /** An expression whose string value (`a=b&c=d`) must be added to the query: a form body moved there. */
  appendQuery?: ts.Expression;
  /** Quote character for new string literals. */
  quote: string;
  /** Text placed right after an api-version appended at the end of the URL. */
  apiVersionSuffix?: string;
  /** The value is a `URL` object: api-version goes into its literal, since `searchParams` only adds to it. */
  urlObject?: boolean;
  /** The file's scope: lets the query go into a URL const used by this request alone, and a body move. */
  scope?: FileScope;
}

export interface UrlRewritePlan {
  edits: TextEdit[];
  /** Why the URL cannot be rewritten safely; the request is then left for manual review. */
  problem?: string;
  /** The port hole that the rewrite removes from the source, if any (its variable may become dead). */
  removedPortHole?: HolePiece;
  /** Identifiers followed into consts whose literals the plan edits. */
  editedVia: ts.Expression[];
  /** A port const whose use at the site the rewrite deletes (`${MSI_PORT}` after a host const). */
  removedPortNode?: ts.Expression;
  /** Identifiers of a moved form body that the new text still reads. */
  keptReferences?: Set<ts.Node>;
}

/** Plans the text edits that turn a legacy URL value into the IMDS one. Pure. */
export function planUrlEdits(request: UrlRewriteRequest): UrlRewritePlan {
  const { shape } = request;
  const edits: TextEdit[] = [];
  const editedVia: ts.Expression[] = [];
  const fail = (problem: string): UrlRewritePlan => ({ edits: [], problem, editedVia: [] });
  let removedPortHole: HolePiece | undefined;
  let removedPortNode: ts.Expression | undefined;

  if (shape.kind !== 'path') {
    const authority = planAuthorityEdit(shape);
    if ('problem' in authority) return fail(authority.problem);
    edits.push(...authority.edits);
    editedVia.push(...authority.via);
    removedPortHole = authority.removedPortHole;
    removedPortNode = authority.removedPortNode;
  }

  let site = request.siteExpression;
  const keptReferences = new Set<ts.Node>();
  let apiVersionDone = request.apiVersion === undefined || shape.hasApiVersion;
  let queryOpen = shape.afterPath === 'query';
  if (shape.kind !== 'base') {
    if (shape.afterPath === 'hole')
      return fail('the token path is followed by a value the tool cannot see; it cannot tell whether the query already starts there');
    if (shape.afterPath === 'fragment') return fail('the token URL has a fragment');
    const start = textAt(shape.value, shape.pathStart);
    const last = textAt(shape.value, shape.pathEnd - 1);
    if (!start || !last || start.pieceIndex !== last.pieceIndex || !start.piece.mapped) {
      return fail('the token path is split across expressions or written with escapes');
    }
    const hadSlash = shape.value.flat[shape.pathStart] === '/';
    let replacement = hadSlash ? IMDS_TOKEN_PATH : IMDS_TOKEN_PATH.slice(1);
    // A URL const (or member) that only this request reads takes the query in its own literal.
    const own = shape.afterPath === 'end' && !request.urlObject ? ownInitializer(start.piece, request) : undefined;
    if (own) site = own;
    const pathIsLastText = shape.afterPath === 'end' && isLastTextOfSite(shape.value.pieces, start.pieceIndex, site);
    if (
      !apiVersionDone &&
      shape.afterPath === 'end' &&
      (request.urlObject
        ? isLastText(shape.value.pieces, start.pieceIndex)
        : pathIsLastText && (start.piece.via.length === 0 || own !== undefined))
    ) {
      replacement += `?api-version=${request.apiVersion}${request.apiVersionSuffix ?? ''}`;
      apiVersionDone = true;
      queryOpen = true;
    }
    const offset = start.piece.start + start.offset;
    edits.push({ start: offset, end: offset + (shape.pathEnd - shape.pathStart), text: replacement, filename: fileOf(start.piece) });
    editedVia.push(...start.piece.via);

    if (!apiVersionDone && shape.afterPath === 'query') {
      const mark = textAt(shape.value, shape.pathEnd);
      if (!mark || !mark.piece.mapped) return fail('the query string is written with escapes');
      const hasMore = shape.value.flat.length > shape.pathEnd + 1;
      const at = mark.piece.start + mark.offset + 1;
      edits.push({ start: at, end: at, text: `api-version=${request.apiVersion}${hasMore ? '&' : ''}`, filename: fileOf(mark.piece) });
      editedVia.push(...mark.piece.via);
      apiVersionDone = true;
    }
  }

  let suffix = '';
  if (!apiVersionDone) {
    suffix += `?api-version=${request.apiVersion}${request.apiVersionSuffix ?? ''}`;
    queryOpen = true;
  }
  if (request.appendQuery) suffix += queryOpen ? '&' : '?';
  if (suffix || request.appendQuery) {
    let dynamic: { node: ts.Expression; text: string; operands?: string[] } | undefined;
    if (request.appendQuery) {
      let text = request.scope ? transplantText(request.appendQuery, site, request.scope, keptReferences) : request.appendQuery.getText();
      if (text === undefined && site !== request.siteExpression) {
        // Not readable where the URL const is: appended where the request uses it instead.
        site = request.siteExpression;
        keptReferences.clear();
        text = transplantText(request.appendQuery, site, request.scope!, keptReferences);
      }
      if (text === undefined)
        return fail('its form body is built from values that cannot be read where the URL is (move it into the query by hand)');
      dynamic = { node: request.appendQuery, text, operands: concatAsTemplateText(skipWrappers(request.appendQuery), site, request.scope) };
    }
    const appended = planSiteSuffix(site, suffix, dynamic, request.quote);
    if ('problem' in appended) return fail(appended.problem);
    edits.push(...appended.edits);
  }
  return { edits, removedPortHole, editedVia, removedPortNode, keptReferences };
}

type AuthorityResult =
  { edits: ExternalEdit[]; via: ts.Expression[]; removedPortHole?: HolePiece; removedPortNode?: ts.Expression } | { problem: string };

/** Replaces `localhost:<port>` (however the port is written) with the IMDS host. */
function planAuthorityEdit(shape: LegacyUrlShape): AuthorityResult {
  const { value } = shape;
  const host = textAt(value, shape.hostStart);
  if (!host || !host.piece.mapped) return { problem: 'the host is written with escapes' };
  const start = host.piece.start + host.offset;
  const via = [...host.piece.via];
  const filename = fileOf(host.piece);
  const removedPortHole = shape.port?.hole;

  // 1. The path follows in the same expression: replace everything between host and path.
  if (shape.pathStart >= 0) {
    const path = textAt(value, shape.pathStart);
    if (path && path.piece.mapped && sameVia(path.piece, host.piece) && sameQuote(host.piece, path.piece)) {
      const end = path.piece.start + path.offset;
      if (end > start) return { edits: [{ start, end, text: IMDS_HOST, filename }], via, removedPortHole };
    }
  }
  // 2. Host and port end inside a literal (a base URL, or a const that holds `http://localhost:50342`).
  const authorityEnd = shape.port ? shape.port.end : shape.hostEnd;
  const lastChar = textAt(value, authorityEnd - 1);
  if (lastChar && lastChar.piece.mapped && sameVia(lastChar.piece, host.piece) && sameQuote(host.piece, lastChar.piece)) {
    return { edits: [{ start, end: lastChar.piece.start + lastChar.offset + 1, text: IMDS_HOST, filename }], via, removedPortHole };
  }
  // 3. The port is a hole at the end of this expression: `'http://localhost:' + port` or `${port}`.
  if (shape.port?.hole) {
    const holeIndex = value.origins[shape.port.start].piece;
    const next = value.pieces[holeIndex + 1];
    if (
      next &&
      next.kind === 'text' &&
      next.mapped &&
      sameVia(next, host.piece) &&
      sameQuote(host.piece, next) &&
      sameVia(shape.port.hole, host.piece)
    ) {
      return { edits: [{ start, end: next.start, text: IMDS_HOST, filename }], via, removedPortHole };
    }
    const holeIsLast = value.pieces.slice(holeIndex + 1).every((piece) => !sameVia(piece, host.piece));
    const literal = host.piece.literal;
    if (holeIsLast && ts.isStringLiteral(literal) && sameVia(shape.port.hole, host.piece)) {
      const quote = literal.getText()[0];
      return { edits: [{ start, end: shape.port.hole.node.getEnd(), text: IMDS_HOST + quote, filename }], via, removedPortHole };
    }
  }
  // 4. Host and port come from separate consts (`${MSI_HOST}:${MSI_PORT}/oauth2/token`): the host const
  //    is rewritten, and `:${MSI_PORT}` is deleted where the URL is assembled.
  const split = planSplitAuthority(shape, host.piece, start, filename);
  if (split) return split;
  return { problem: 'the host and port are built in a way the tool cannot rewrite safely' };
}

function planSplitAuthority(shape: LegacyUrlShape, hostPiece: TextPiece, start: number, filename: string): AuthorityResult | undefined {
  const { value } = shape;
  if (!shape.port || shape.pathStart < 0) return undefined;
  const lastHostChar = textAt(value, shape.hostEnd - 1);
  const colon = textAt(value, shape.hostEnd);
  const path = textAt(value, shape.pathStart);
  if (!lastHostChar || lastHostChar.piece !== hostPiece || !hostPiece.mapped) return undefined;
  // The host ends its const: nothing of that const follows it.
  if (
    lastHostChar.offset !== hostPiece.text.length - 1 ||
    value.pieces.slice(lastHostChar.pieceIndex + 1).some((piece) => piece.kind === 'text' && piece.text && sameVia(piece, hostPiece))
  )
    return undefined;
  if (!colon || !path || !colon.piece.mapped || !path.piece.mapped || sameVia(colon.piece, hostPiece)) return undefined;
  if (!sameVia(colon.piece, path.piece) || !sameQuote(colon.piece, path.piece)) return undefined;
  const portPiece = value.pieces[value.origins[shape.port.start].piece];
  const portNode =
    portPiece.via.length > colon.piece.via.length
      ? portPiece.via[colon.piece.via.length]
      : portPiece.kind === 'hole'
        ? portPiece.node
        : undefined;
  return {
    edits: [
      { start, end: hostPiece.start + lastHostChar.offset + 1, text: IMDS_HOST, filename },
      { start: colon.piece.start + colon.offset, end: path.piece.start + path.offset, text: '', filename: fileOf(colon.piece) },
    ],
    via: [...hostPiece.via, ...colon.piece.via],
    removedPortHole: shape.port.hole,
    removedPortNode: portNode,
  };
}

/** True when the text piece at `index` is the last non-empty text of the value. */
function isLastText(pieces: Piece[], index: number): boolean {
  if (pieces[index].kind !== 'text') return false;
  return pieces.slice(index + 1).every((later) => later.kind === 'text' && later.text.length === 0);
}

/** True when the text piece at `index` is the last non-empty text of the value and belongs to the site. */
function isLastTextOfSite(pieces: Piece[], index: number, site: ts.Expression): boolean {
  const piece = pieces[index];
  if (piece.kind !== 'text' || !isLastText(pieces, index)) return false;
  return piece.literal.getStart() >= site.getStart() && piece.literal.getEnd() <= site.getEnd();
}

type SuffixResult = { edits: TextEdit[] } | { problem: string };

/** Appends static query text and, optionally, an expression's value at the end of the site's URL expression. */
function planSiteSuffix(
  site: ts.Expression,
  staticText: string,
  dynamic: { node: ts.Expression; text: string; operands?: string[] } | undefined,
  quote: string,
): SuffixResult {
  const node = skipWrappers(site);
  const lastLiteral = trailingLiteral(node);
  if (lastLiteral && (ts.isTemplateLiteralToken(lastLiteral) || ts.isNoSubstitutionTemplateLiteral(lastLiteral))) {
    const at = lastLiteral.getEnd() - 1;
    return { edits: [{ start: at, end: at, text: staticText + (dynamic ? templateInsertion(dynamic) : '') }] };
  }
  if (lastLiteral && ts.isStringLiteral(lastLiteral)) {
    const at = lastLiteral.getEnd() - 1;
    const edits: TextEdit[] = [];
    if (staticText) edits.push({ start: at, end: at, text: staticText });
    if (dynamic) edits.push({ start: site.getEnd(), end: site.getEnd(), text: ` + ${concatOperandText(dynamic.node, dynamic.text)}` });
    return { edits };
  }
  const appended =
    (staticText ? ` + ${quote}${staticText}${quote}` : '') + (dynamic ? ` + ${concatOperandText(dynamic.node, dynamic.text)}` : '');
  if (isSafeConcatOperand(site)) return { edits: [{ start: site.getEnd(), end: site.getEnd(), text: appended }] };
  return {
    edits: [
      { start: site.getStart(), end: site.getStart(), text: '(' },
      { start: site.getEnd(), end: site.getEnd(), text: ')' + appended },
    ],
  };
}

/**
 * A value spliced into a template: a template's own text goes in as it is written (`resource=${r}`),
 * anything else as one `${…}` placeholder.
 */
function templateInsertion(dynamic: { node: ts.Expression; text: string; operands?: string[] }): string {
  const node = skipWrappers(dynamic.node);
  if ((ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node === dynamic.node)
    return dynamic.text.slice(1, -1);
  if (dynamic.operands) return dynamic.operands.join('');
  return '${' + dynamic.text + '}';
}

/**
 * A `'resource=' + encodeURIComponent(r)` chain as template text (`resource=${encodeURIComponent(r)}`): its
 * literals written out (escaped for a template), the rest as placeholders moved to `site`; undefined when a
 * literal holds escapes or an operand cannot be moved.
 */
function concatAsTemplateText(expression: ts.Expression, site: ts.Node, scope: FileScope | undefined): string[] | undefined {
  const operands: ts.Expression[] = [];
  const collect = (node: ts.Expression): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && node === skipWrappers(node)) {
      collect(node.left);
      collect(node.right);
    } else operands.push(node);
  };
  collect(expression);
  if (operands.length < 2 || !ts.isStringLiteral(operands[0])) return undefined;
  const parts: string[] = [];
  for (const operand of operands) {
    if (ts.isStringLiteral(operand)) {
      if (operand.getText().slice(1, -1) !== operand.text) return undefined;
      parts.push(operand.text.replace(/[`\\]|\$\{/g, (match) => `\\${match}`));
      continue;
    }
    const text = scope ? transplantText(operand, site, scope) : operand.getText();
    if (text === undefined) return undefined;
    parts.push('${' + text + '}');
  }
  return parts;
}

/**
 * The initializer of the one const or member the path's literal is reached through, when the request's
 * URL is exactly that name and nothing else reads it: edited in place, the URL keeps one literal.
 */
function ownInitializer(piece: TextPiece, request: UrlRewriteRequest): ts.Expression | undefined {
  const scope = request.scope;
  if (!scope || piece.via.length !== 1 || skipWrappers(request.siteExpression) !== piece.via[0]) return undefined;
  const [followed] = piece.via;
  if (followed.getSourceFile() !== scope.sourceFile) return undefined;
  const found = sourcesOf(followed, scope);
  if (!found?.complete || found.sources.length !== 1 || found.sources[0].scope !== scope) return undefined;
  const initializer = found.sources[0].expression;
  if (ts.isIdentifier(followed)) {
    const declaration = found.definition;
    if (!declaration || !ts.isVariableDeclaration(declaration)) return undefined;
    const statement = declaration.parent?.parent;
    if (statement && ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      return undefined;
    if (scope.referencesOf(declaration).length !== 1) return undefined;
  } else if (otherUseOf(followed, scope, (node) => node === followed)) return undefined;
  return initializer;
}

/** The literal that ends the expression as written at the site (`'…'`, a template tail, `a + '…'`). */
function trailingLiteral(node: ts.Expression): ts.Node | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node;
  if (ts.isTemplateExpression(node)) return node.templateSpans[node.templateSpans.length - 1].literal;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const right = skipWrappers(node.right);
    if (right === node.right && (ts.isStringLiteral(right) || ts.isNoSubstitutionTemplateLiteral(right))) return right;
  }
  return undefined;
}

function sameVia(a: Piece, b: Piece): boolean {
  return a.via.length === b.via.length && a.via.every((identifier, index) => identifier === b.via[index]);
}

/** The file a piece's literal is written in (another module's, for an imported const). */
function fileOf(piece: TextPiece): string {
  return piece.literal.getSourceFile().fileName;
}

/** Two literals joined by one replaced span must open and close alike: two parts of one template, or one quote. */
function sameQuote(a: TextPiece, b: TextPiece): boolean {
  if (a.literal === b.literal) return true;
  const templateA = templateOf(a.literal);
  const templateB = templateOf(b.literal);
  if (templateA || templateB) return templateA !== undefined && templateA === templateB;
  return a.literal.getText()[0] === b.literal.getText()[0];
}

function templateOf(literal: ts.Node): ts.Node | undefined {
  if (ts.isTemplateHead(literal)) return literal.parent;
  if (ts.isTemplateMiddle(literal) || ts.isTemplateTail(literal)) return literal.parent.parent;
  return undefined;
}
