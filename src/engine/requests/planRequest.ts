import type { EngineContext } from '../context';
import type { DraftFinding, TextEdit } from '../types';
import { evaluatePieces, isFallbackOperator, skipWrappers } from '../url/evaluate';
import { hostHoleIsExtension, matchLegacyUrl, type LegacyUrlShape } from '../url/matchLegacyUrl';
import { planUrlEdits } from '../url/planUrlEdits';
import { planHeaders, slotHasMetadata } from './headers';
import { noTimeoutFinding } from './imdsAdvisories';
import type { RequestParts } from './types';
import { isUrlObject } from '../clients/urlObject';
import { isStringLike } from '../values/stringLike';
import { ts } from '../typescript';

export type { DraftFinding } from '../types';

export interface RequestOutcome {
  findings: DraftFinding[];
  /** Literals of the file that this request accounts for (reported or rewritten here, not elsewhere). */
  consumed: ts.Node[];
  /** Port expressions the rewrite removes from the source, for dead-port clean-up. */
  removedPorts: ts.Expression[];
  /** Identifiers of a moved form body that the migrated text still reads. */
  keptReferences?: ReadonlySet<ts.Node>;
  /** Identifiers followed into consts that the rewrite edits (their other uses must be understood). */
  editedVia: ts.Expression[];
}

const MI_PORT_NAME = /msi|identity|managed/i;

/**
 * Decides whether one client call talks to the VM extension and, if so, plans its IMDS rewrite:
 * URL, verb, body, headers and proxy. Returns undefined for anything that is not the extension. Pure.
 */
export function planRequest(parts: RequestParts, ctx: EngineContext): RequestOutcome | undefined {
  const located = locateLegacyUrl(parts, ctx);
  if (!located) return undefined;
  const { shape, baseShape } = located;
  const consumed = [...literalsOf(shape), ...(baseShape ? literalsOf(baseShape) : [])];
  const start = parts.node.getStart();
  const end = parts.node.getEnd();
  const manual = (reason: string): RequestOutcome => ({
    findings: [
      {
        ruleId: 'manual-review',
        severity: 'error',
        message:
          `Token request to the retired Managed Identity VM extension (${parts.client}): ${reason}. Migrate it by hand to ` +
          `GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=${ctx.apiVersion}&resource=… with the header Metadata: true.`,
        start,
        end,
      },
    ],
    consumed,
    removedPorts: [],
    editedVia: [],
  });
  if (parts.problems.length > 0) return manual(parts.problems[0]);
  const hostHole = (baseShape ?? shape).hostHole;
  if (hostHole) {
    const known = hostHole.value !== undefined ? [hostHole.value] : (hostHole.possible ?? []);
    const source = `\`${hostHole.node.getText()}\`${known.length > 0 ? ` (${known.join(' or ')} by default)` : ''}`;
    return manual(`its host comes from ${source}, and the tool rewrites a host written in the URL, not one a variable or setting supplies`);
  }
  if (/^https:/i.test((baseShape ?? shape).value.flat))
    return manual('it uses https, and IMDS is served over plain http only (the client or module may have to change too)');

  const isPost = parts.method !== undefined && parts.method.value.toUpperCase() !== 'GET';
  if (parts.method && !['GET', 'POST'].includes(parts.method.value.toUpperCase())) {
    return manual(`it uses the verb ${parts.method.value}, and IMDS only answers GET`);
  }
  const edits: TextEdit[] = [];
  const notes: string[] = [];
  if (isPost) {
    edits.push(...parts.method!.toGet());
    notes.push('the POST made a GET');
  }

  let appendQuery: ts.Expression | undefined;
  if (parts.body) {
    if (!isPost) return manual('it sends a body with a GET request');
    const body = skipWrappers(parts.body.expression);
    if (parts.body.moveAlways || ts.isObjectLiteralExpression(body) || !isStringLike(body, ctx)) {
      const moved = parts.body.moveObject?.();
      if (moved === undefined) return manual('its form body is not a string the tool can move into the query');
      if (typeof moved === 'string') return manual(moved);
      edits.push(...moved);
    } else {
      appendQuery = parts.body.expression;
      edits.push(...parts.body.remove);
    }
    notes.push('its form body moved into the query');
  }

  const apiVersionInUrl = parts.addApiVersionToParams === undefined;
  // An api-version the call already passes as a parameter (`params: { 'api-version': … }`) is kept, never doubled.
  const callHasApiVersion = /['"`]?api-version['"`]?\s*:/.test(parts.node.getText());
  const urlPlan = planUrlEdits({
    shape,
    siteExpression: parts.url,
    apiVersion: apiVersionInUrl && !baseShape?.hasApiVersion && !callHasApiVersion ? ctx.apiVersion : undefined,
    appendQuery,
    quote: ctx.quote,
    urlObject: parts.urlObject ?? isUrlObject(parts.url, ctx),
    apiVersionSuffix: parts.querySeparatorAfterApiVersion,
    scope: ctx.scope,
  });
  if (urlPlan.problem) return manual(urlPlan.problem);
  edits.push(...urlPlan.edits);
  if (parts.authority) edits.push(...parts.authority.edits);
  const editedVia = [...urlPlan.editedVia];
  let removedPortHole = urlPlan.removedPortHole;
  if (baseShape && parts.base) {
    const basePlan = planUrlEdits({ shape: baseShape, siteExpression: parts.base, quote: ctx.quote });
    if (basePlan.problem) return manual(basePlan.problem);
    edits.push(...basePlan.edits);
    editedVia.push(...basePlan.editedVia);
    removedPortHole = removedPortHole ?? basePlan.removedPortHole;
  }
  if (!apiVersionInUrl && !shape.hasApiVersion && !callHasApiVersion) edits.push(...parts.addApiVersionToParams!(ctx.apiVersion));

  const headerPlan = planHeaders(parts.headers, parts.body !== undefined, ctx.quote);
  if (headerPlan.problem) return manual(headerPlan.problem);
  edits.push(...headerPlan.edits);
  if (parts.bypassProxy) {
    edits.push(...parts.bypassProxy());
    notes.push('the proxy bypassed');
  }

  // Additions to an options object are collected by the adapter and emitted as one edit.
  const collected = parts.finalEdits?.() ?? [];
  edits.push(...collected);
  const metadataFix = [...headerPlan.metadataEdits, ...(headerPlan.hadMetadata ? [] : collected)];

  const findings: DraftFinding[] = [];
  const urlText = `http://169.254.169.254/metadata/identity/oauth2/token?api-version=${ctx.apiVersion}`;
  findings.push({
    ruleId: 'legacy-endpoint',
    severity: 'error',
    message: `Token request to the retired Managed Identity VM extension (${parts.client}).`,
    start,
    end,
    fix: [...edits, ...headerPlan.metadataEdits],
    fixDescription: `rewritten to IMDS (${urlText})${notes.length ? `, ${notes.join(', ')}` : ''}`,
  });
  if (!headerPlan.hadMetadata) {
    findings.push({
      ruleId: 'missing-metadata-header',
      severity: 'error',
      message: 'IMDS rejects token requests without the header Metadata: true, and this one has none.',
      start,
      end,
      fix: metadataFix,
      fixDescription: 'added to the request',
    });
  }
  if (parts.proxyCaveat) {
    findings.push({ ruleId: 'proxy-not-bypassed', severity: 'warning', message: parts.proxyCaveat, start, end });
  }
  if (!parts.hasTimeout) findings.push(noTimeoutFinding(start, end));
  // The port's variable: the hole itself when it is a name or member, else the last name followed to it.
  const holeNode = removedPortHole ? skipWrappers(removedPortHole.node) : undefined;
  const holeIsReference =
    holeNode !== undefined &&
    (ts.isIdentifier(holeNode) || ts.isPropertyAccessExpression(holeNode) || ts.isElementAccessExpression(holeNode));
  // The last name followed holds the port only when the hole is that name's whole value (`const PORT = 50342`), not
  // a piece of a URL it holds (`this.endpoint = 'http://localhost:' + (port || 50342) + …`: then the hole itself).
  const lastVia = removedPortHole?.via[removedPortHole.via.length - 1];
  const portSite = removedPortHole
    ? holeIsReference
      ? holeNode
      : lastVia && isWholeValue(removedPortHole.node)
        ? lastVia
        : removedPortHole.node
    : undefined;
  const removedPorts = [urlPlan.removedPortNode ?? portSite, parts.authority?.portExpression].filter(
    (node): node is ts.Expression => node !== undefined,
  );
  return { findings, consumed, removedPorts, editedVia, keptReferences: urlPlan.keptReferences };
}

function locateLegacyUrl(parts: RequestParts, ctx: EngineContext): { shape: LegacyUrlShape; baseShape?: LegacyUrlShape } | undefined {
  const pieces = evaluatePieces(parts.url, ctx.scope);
  let shape: LegacyUrlShape | undefined;
  let baseShape: LegacyUrlShape | undefined;
  if (parts.authority) {
    shape = matchLegacyUrl(pieces, ['path']);
    if (!shape || shape.value.flat[0] !== '/' || shape.looksLikeOtherOAuthServer) return undefined;
    const evidence = parts.authority.legacyPort || slotHasMetadata(parts.headers) || MI_PORT_NAME.test(parts.authority.portText ?? '');
    return evidence ? { shape } : undefined;
  }
  if (parts.base) {
    baseShape = matchLegacyUrl(evaluatePieces(parts.base, ctx.scope), ['base']);
    if (!baseShape) return undefined;
    shape = matchLegacyUrl(pieces, ['path']);
  } else {
    shape = matchLegacyUrl(pieces, ['full']);
  }
  if (!shape || shape.looksLikeOtherOAuthServer) return undefined;
  const authority = baseShape ?? shape;
  if (!hostHoleIsExtension(authority, authority.kind === 'full' || baseShape !== undefined)) return undefined;
  const portHole = authority.port?.hole;
  const evidence =
    authority.hasLegacyPort ||
    slotHasMetadata(parts.headers) ||
    (portHole !== undefined && (MI_PORT_NAME.test(portHole.envName ?? '') || MI_PORT_NAME.test(portHole.node.getText())));
  return evidence ? { shape, baseShape } : undefined;
}

/** The expression is all of what a declaration, member or assignment holds (wrappers and `||`/`??` fallbacks aside). */
function isWholeValue(node: ts.Node): boolean {
  let current = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isNonNullExpression(current.parent) ||
    (ts.isBinaryExpression(current.parent) && isFallbackOperator(current.parent.operatorToken.kind))
  )
    current = current.parent;
  const parent = current.parent;
  return (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isParameter(parent) ||
    ts.isBindingElement(parent) ||
    ts.isArrayLiteralExpression(parent) ||
    (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === current)
  );
}

function literalsOf(shape: LegacyUrlShape): ts.Node[] {
  return shape.value.pieces.flatMap((piece) => (piece.kind === 'text' ? [piece.literal] : []));
}
