import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { Step } from '../ledger';
import { evaluatePieces } from '../url/evaluate';
import { isEndpointVariableStub } from './strayLegacyLiterals';
import { LOOPBACK_HOST_SOURCE } from '../url/loopback';

/**
 * A loopback host alone, or a loopback URL with nothing after the authority but the token path or a query, on
 * no port, port 50342, or a port the text does not say (`:%d`, `:` before a hole); not another fixed port.
 */
const LOOPBACK_PIECE = new RegExp(
  String.raw`^(?:https?:\/\/)?${LOOPBACK_HOST_SOURCE}(?::(?:50_?342|[^/?#\d][^/?#]*)?)?(?:\/(?:oauth2\/token)?)?(?:[?#].*)?$`,
  'i',
);
/** The extension's token path, not IMDS's `/metadata/identity/oauth2/token` nor another server's URL. */
const TOKEN_PATH_PIECE = /(?:^|\/)oauth2\/token(?![\w/])/;
const PORT_PIECE = /^:?50_?342$|:50_?342(?![\d_])/;

/**
 * What the file's text must spell for its literals to hold the token path and a loopback host (the path's slash
 * may be escaped in a string: `'oauth2\\/token'`): a file without both has nothing for the last net to find.
 */
const MAY_HOLD_PIECES = /oauth2(?:\/|\\)/;
const MAY_HOLD_HOST = new RegExp(LOOPBACK_HOST_SOURCE, 'i');

/**
 * The last net: a file that nothing else flagged, yet whose code holds the extension's three pieces as
 * separate literals (a loopback host, the token path, the port 50342) joined in a way the engine does not
 * follow (`util.format('http://localhost:%d/oauth2/token', 50342)`, a URL object filled field by field,
 * `[host, port].join(':')`). Reported for review at the host: a legacy request must never pass silently.
 */
export const reportScatteredLegacyPieces: Step = (ctx, ledger) => {
  if (ledger.findings.some((finding) => finding.ruleId === 'legacy-endpoint' || finding.ruleId === 'manual-review')) return;
  if (!MAY_HOLD_PIECES.test(ctx.text) || !MAY_HOLD_HOST.test(ctx.text)) return;
  let host: ts.Node | undefined;
  let tokenPath = false;
  let port = false;
  ctx.scope.forEachNode((node) => {
    if (ts.isNumericLiteral(node)) port ||= node.text === '50342';
    else if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (ledger.accountedFor.has(node) || isEndpointVariableStub(node) || isKey(node)) return;
      const text = node.text;
      const isHost = LOOPBACK_PIECE.test(text);
      if (isHost) host ??= node;
      if (TOKEN_PATH_PIECE.test(text) && !/metadata\/identity\/oauth2\/token/.test(text) && (isHost || !onOtherServer(node, ctx)))
        tokenPath = true;
      if (PORT_PIECE.test(text)) port = true;
    }
  });
  if (!host || !tokenPath || !port || ctx.cloudShell.verdictAt(host) === 'cloud-shell-client') return;
  ledger.findings.push({
    ruleId: 'manual-review',
    severity: 'error',
    message: SCATTERED_PIECES_MESSAGE,
    start: host.getStart(),
    end: host.getEnd(),
  });
};

/** What the last net says, in JavaScript and in the other languages (src/infra/text/scatteredPieces.ts). */
export const SCATTERED_PIECES_MESSAGE =
  'This file holds the retired Managed Identity VM extension in pieces (a loopback host, port 50342 and the path ' +
  '/oauth2/token), joined in a way the tool cannot follow. Send that request as GET ' +
  'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=… with the header Metadata: true, no proxy.';

/**
 * True when the literal is part of a URL on a server that is not loopback, its host written out (`${AUTHORITY}/oauth2/token` with
 * AUTHORITY = 'https://login.microsoftonline.com/…'): the text of the whole `+` chain or template it is in.
 */
function onOtherServer(node: ts.Node, ctx: EngineContext): boolean {
  let whole: ts.Node = ts.isStringLiteralLike(node) || ts.isTemplateHead(node) ? node : node.parent;
  if (ts.isTemplateSpan(whole)) whole = whole.parent;
  while (
    ts.isTemplateSpan(whole.parent) ||
    ts.isTemplateExpression(whole.parent) ||
    ts.isParenthesizedExpression(whole.parent) ||
    (ts.isBinaryExpression(whole.parent) && whole.parent.operatorToken.kind === ts.SyntaxKind.PlusToken)
  )
    whole = ts.isTemplateSpan(whole.parent) ? whole.parent.parent : whole.parent;
  const first = evaluatePieces(whole as ts.Expression, ctx.scope).find((piece) => piece.kind !== 'text' || piece.text !== '');
  const start = first?.kind === 'text' ? first.text : (first?.value ?? '');
  // A host written out, not a placeholder (`http://%s:%d/oauth2/token` given to util.format) nor a hole.
  return /^[a-z][\w+.-]*:\/\/[\w[]/i.test(start) && !LOOPBACK_ORIGIN_START.test(start);
}

/** A URL whose host is loopback (see loopback.ts), written out. */
const LOOPBACK_ORIGIN_START = new RegExp(String.raw`^[a-z][\w+.-]*:\/\/${LOOPBACK_HOST_SOURCE}(?![\w.-])`, 'i');

/** The literal names a property (`{ 'port': … }`, `x['port']`): it is not a value. */
function isKey(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isElementAccessExpression(parent)) return parent.argumentExpression === node;
  return (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
}
