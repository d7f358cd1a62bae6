import { ts } from '../typescript';
import { outsideWrappers } from '../ast/wrappers';
import type { EngineContext } from '../context';
import type { DraftFinding } from '../requests/planRequest';
import { envNameOf, evaluatePieces, valuesOf } from '../url/evaluate';
import { CLOUD_SHELL_CLIENT_MESSAGE, CLOUD_SHELL_UNCLEAR_REASON, type CloudShellContext } from './cloudShellContext';
import { hostHoleIsExtension, matchLegacyUrl } from '../url/matchLegacyUrl';
import type { Step } from '../ledger';
import { isExported } from './sharedConsts';
import { findProperty, propertyValue } from '../ast/objectEdits';
import { commonJsAssignment } from '../ast/importedConsts';
import { requiredModuleName, type FileScope } from '../ast/scope';
import { LOOPBACK_HOST_SOURCE, LOOPBACK_HOST_VALUE } from '../url/loopback';

const LEGACY_LITERAL = new RegExp(String.raw`${LOOPBACK_HOST_SOURCE}:50_?342(?![\d_])`, 'i');

/**
 * Literals that name the extension's address but that no rewritten request accounts for (a URL passed
 * to an unknown wrapper, exported, logged…): reported for manual review, never edited.
 */
export function detectStrayLegacyLiterals(
  ctx: EngineContext,
  consumed: ReadonlySet<ts.Node>,
  cloudShell: CloudShellContext,
): DraftFinding[] {
  const findings: DraftFinding[] = [];
  const report = (node: ts.Node): void => {
    const verdict = cloudShell.verdictAt(node);
    // Cloud Shell's own client is not the extension; a fallback after MSI_ENDPOINT is what runs on a VM.
    if (verdict === 'cloud-shell-client' && !isEndpointFallback(node)) {
      findings.push({
        ruleId: 'legacy-endpoint',
        severity: 'info',
        message: CLOUD_SHELL_CLIENT_MESSAGE,
        start: node.getStart(),
        end: node.getEnd(),
      });
      return;
    }
    findings.push({
      ruleId: 'manual-review',
      severity: 'error',
      message:
        (isEndpointFallback(node) ? ENDPOINT_FALLBACK_MESSAGE : undefined) ??
        (verdict === 'endpoint-aware' ? cloudShell.endpointAwareReason : undefined) ??
        (verdict === 'cloud-shell-unclear'
          ? `${CLOUD_SHELL_UNCLEAR_REASON[0].toUpperCase()}${CLOUD_SHELL_UNCLEAR_REASON.slice(1)}.`
          : undefined) ??
        (isInTestDouble(node, ctx)
          ? 'A test double (nock/msw/fake server) for the retired Managed Identity VM extension: migrate it together with the ' +
            'code under test, to intercept GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01 ' +
            '(header Metadata: true).'
          : undefined) ??
        (isInExportedValue(node, ctx)
          ? 'This exported value names the retired Managed Identity VM extension (localhost:50342), and no request in this ' +
            'file uses it. Run `npx mi-codemod` over the project: it migrates the value together with the modules that ' +
            'import it and request a token with it, or reports them. Elsewhere, point it at ' +
            'http://169.254.169.254/metadata/identity/oauth2/token and add api-version=2018-02-01 where it is used (GET, header Metadata: true).'
          : undefined) ??
        'This names the retired Managed Identity VM extension (localhost:50342), but the tool cannot see the request that ' +
          'uses it. Point that request at http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01 ' +
          '(GET, header Metadata: true).',
      start: node.getStart(),
      end: node.getEnd(),
    });
  };
  let fileEvidence: boolean | undefined;
  ctx.scope.forEachNode((node) => {
    // `url.format({ hostname: 'localhost', port: 50342, pathname: '/oauth2/token' })` and the like.
    if (
      ts.isObjectLiteralExpression(node) &&
      (isLegacyUrlObject(node, ctx, consumed) || (isExportedLegacyOrigin(node, ctx, consumed) && MANAGED_IDENTITY_NAMED.test(ctx.text)))
    ) {
      report(node);
      return 'skip';
    }
    // A URL glued together (`'http://localhost:' + port + '/oauth2/token'`): judged as a whole.
    if (isOutermostStringExpression(node) && mayStartUrl(node) && !literalsOf(node).some((literal) => consumed.has(literal))) {
      const pieces = evaluatePieces(node as ts.Expression, ctx.scope);
      const texts = pieces.filter((piece) => piece.kind === 'text');
      // Its literals, wherever they are written, belong to a request already reported or rewritten.
      if (texts.length > 0 && texts.every((piece) => consumed.has(piece.literal))) return 'skip';
      const shape = matchLegacyUrl(pieces, ['full', 'base']);
      const portName = shape?.port?.hole ? `${shape.port.hole.envName ?? ''} ${shape.port.hole.node.getText()}` : '';
      if (
        shape &&
        !shape.looksLikeOtherOAuthServer &&
        (shape.hasLegacyPort || MI_NAME.test(portName)) &&
        hostHoleIsExtension(shape, shape.kind === 'full')
      ) {
        report(node);
        return 'skip';
      }
    }
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const named = consumed.has(node) || isPropertyName(node) || isEndpointVariableStub(node) ? undefined : namedLegacyAddress(node.text);
      // A bare origin (`http://localhost:50342`, a CORS origin, a JWT issuer) is the extension's only where the
      // file speaks of tokens or managed identities; otherwise it is a local web server on that port.
      if (named === 'endpoint' || (named === 'origin' && (fileEvidence ??= hasManagedIdentityEvidence(ctx.text)))) report(node);
    }
    return undefined;
  });
  return findings;
}

const MI_NAME = /msi|identity|managed/i;

/**
 * True when the text names the extension's address: a loopback host on port 50342 with nothing after it,
 * `/`, the token path (or the start of it), or a query. Another path on that port (`/api/values`, an IMDS
 * emulator's `/metadata/identity/oauth2/token`) is a local web server, not the extension.
 */
function namedLegacyAddress(text: string): 'endpoint' | 'origin' | undefined {
  let found: 'endpoint' | 'origin' | undefined;
  for (const match of text.matchAll(LEGACY_ADDRESS)) {
    const rest = text.slice(match.index + match[0].length);
    if (/^\/oauth2\/token(?![\w/.~%-])/.test(rest) || (rest.length > 1 && TOKEN_PATH.startsWith(rest))) return 'endpoint';
    if (rest === '' || rest === '/' || /^\/?[?#\s'"`]/.test(rest)) found = 'origin';
  }
  return found;
}

/**
 * The file speaks of the extension's token path (not IMDS's `/metadata/identity/oauth2/token`: an IMDS
 * emulator on that port is not the extension), of managed identities by name, or sends the `Metadata: true`
 * header only the extension and IMDS ask for, without naming IMDS's path (the token path may then be joined
 * from pieces: `[base, 'oauth2', 'token'].join('/')`). Comments included: cheap.
 */
function hasManagedIdentityEvidence(text: string): boolean {
  if (/(?<!metadata\/identity\/)oauth2\/token|msi|managed.?identity/i.test(text)) return true;
  // The header, in a file that does not speak to IMDS's path itself (an IMDS emulator on that port sends it too).
  return /\bmetadata['"]?\s*[:,]\s*['"]?true\b/i.test(text) && !text.includes('metadata/identity/oauth2/token');
}

/** The members of an object literal that spell a URL in parts (`url.format`'s record, a client's options). */
function urlMembers(object: ts.ObjectLiteralExpression): { host?: ts.Expression; port?: ts.Expression; path?: ts.Expression } {
  const member = (...names: string[]): ts.Expression | undefined => {
    for (const name of names) {
      const property = findProperty(object, name);
      if (property) return propertyValue(property);
    }
    return undefined;
  };
  return { host: member('hostname', 'host'), port: member('port'), path: member('pathname', 'path') };
}

/** The host is loopback (see loopback.ts; also with `:50342`) and the port can be 50342. */
function isLoopbackOnLegacyPort(host: ts.Expression, port: ts.Expression, ctx: EngineContext): boolean {
  return (
    valuesOf(host, ctx.scope).values.some((value) => LOOPBACK_HOST_VALUE.test(value.replace(/:50_?342$/, ''))) &&
    valuesOf(port, ctx.scope).values.some((value) => value.replace(/_/g, '') === '50342')
  );
}

/**
 * An object literal that spells the extension's URL in parts: a loopback `hostname`/`host`, a `port` that can be
 * 50342, and a `pathname`/`path` that is the token path (`url.format({...})`, a URL record handed to a client
 * the engine does not model). Not one a rewritten request read its options from.
 */
function isLegacyUrlObject(object: ts.ObjectLiteralExpression, ctx: EngineContext, consumed: ReadonlySet<ts.Node>): boolean {
  const { host, port, path } = urlMembers(object);
  if (!host || !port || !path || consumed.has(host) || consumed.has(path)) return false;
  if (!isLoopbackOnLegacyPort(host, port, ctx)) return false;
  const paths = valuesOf(path, ctx.scope);
  if (paths.values.some((value) => /^\/?oauth2\/token(?:[?#].*)?$/.test(value))) return true;
  // A path built in a way the tool cannot read (`path.posix.join('/oauth2', 'token') + '?resource=…'`) on the
  // extension's host and port, with its header: the extension still.
  // Not the options of a request the engine read (their literals are accounted for).
  const headers = findProperty(object, 'headers');
  return (
    paths.values.length === 0 &&
    headers !== undefined &&
    /\bmetadata\b/i.test(propertyValue(headers).getText()) &&
    !literalsOf(object).some((literal) => consumed.has(literal))
  );
}

/** The file names managed identities or MSI (a token URL alone may be Entra ID's, beside a dev server's settings). */
const MANAGED_IDENTITY_NAMED = /\bmsi|managed[\s_-]?identit/i;

/**
 * An exported settings object that spells the extension's origin in members (`export const MSI = { host:
 * 'localhost', port: 50342 }`, also CommonJS, also nested in another exported object), with no path: its
 * importers build the token URL from it. It counts where the file names managed identities (the caller checks:
 * a dev server's `{ host: 'localhost', port: 50342 }` looks the same); not when a rewritten importer's request
 * accounts for it.
 */
function isExportedLegacyOrigin(object: ts.ObjectLiteralExpression, ctx: EngineContext, consumed: ReadonlySet<ts.Node>): boolean {
  const { host, port, path } = urlMembers(object);
  if (!host || !port || path || consumed.has(host) || !exportedObject(object, ctx)) return false;
  return isLoopbackOnLegacyPort(host, port, ctx);
}

/** The literal is (part of) an exported value: an exported const's initializer, `exports.X = …`, `export default …`. */
function isInExportedValue(node: ts.Node, ctx: EngineContext): boolean {
  for (let current: ts.Node = node; current.parent && !ts.isSourceFile(current.parent); current = current.parent) {
    const parent = current.parent;
    if (ts.isVariableDeclaration(parent) && parent.initializer === current) return isExported(parent, ctx);
    if (ts.isExportAssignment(parent)) return true;
    if (ts.isBinaryExpression(parent) && parent.right === current && ts.isExpressionStatement(parent.parent))
      return commonJsAssignment(parent.parent) !== undefined;
    if (ts.isFunctionLike(parent) || ts.isCallExpression(parent)) return false;
  }
  return false;
}

/** The object is an exported const's value, or a member of one (ESM or CommonJS). */
function exportedObject(object: ts.ObjectLiteralExpression, ctx: EngineContext): boolean {
  let node: ts.Node = object;
  while (ts.isPropertyAssignment(node.parent) && ts.isObjectLiteralExpression(node.parent.parent)) node = node.parent.parent;
  const holder = outsideWrappers(node).parent;
  if (ts.isVariableDeclaration(holder)) return isExported(holder, ctx);
  if (ts.isBinaryExpression(holder) && ts.isExpressionStatement(holder.parent)) return commonJsAssignment(holder.parent) !== undefined;
  return false;
}

const LEGACY_ADDRESS = new RegExp(LEGACY_LITERAL.source, 'gi');
const TOKEN_PATH = '/oauth2/token';

/**
 * A value given to MSI_ENDPOINT / IDENTITY_ENDPOINT (`process.env.MSI_ENDPOINT = …`, `env: { MSI_ENDPOINT: … }`):
 * a stand-in for Cloud Shell or App Service, whose endpoints these variables announce; never the VM extension.
 */
export function isEndpointVariableStub(node: ts.Node): boolean {
  const current = outsideWrappers(node).parent;
  if (!current) return false;
  if (ts.isBinaryExpression(current) && current.operatorToken.kind === ts.SyntaxKind.EqualsToken && current.right !== current.left) {
    const name = envNameOf(current.left);
    return name !== undefined && ENDPOINT_VARIABLES.has(name);
  }
  if (ts.isPropertyAssignment(current) && current.initializer !== current.name) {
    const key = current.name && (ts.isIdentifier(current.name) || ts.isStringLiteral(current.name)) ? current.name.text : undefined;
    return key !== undefined && ENDPOINT_VARIABLES.has(key);
  }
  return false;
}

const ENDPOINT_VARIABLES = new Set(['MSI_ENDPOINT', 'IDENTITY_ENDPOINT']);

const ENDPOINT_FALLBACK_MESSAGE =
  'The fallback used when MSI_ENDPOINT is unset, which is what runs on a VM: the retired Managed Identity VM extension. ' +
  'It is not rewritten because the same request also serves Cloud Shell or App Service through MSI_ENDPOINT: give the VM ' +
  'path GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01 (header Metadata: true) by hand.';

/** The literal (or the expression holding it) is the fallback of an MSI_ENDPOINT/IDENTITY_ENDPOINT lookup. */
function isEndpointFallback(node: ts.Node): boolean {
  for (let child = node, current = node.parent; current && !ts.isStatement(current); child = current, current = current.parent) {
    if (
      ts.isBinaryExpression(current) &&
      current.right === child &&
      (current.operatorToken.kind === ts.SyntaxKind.BarBarToken || current.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    ) {
      const name = envNameOf(current.left);
      if (name && ENDPOINT_VARIABLES.has(name)) return true;
    }
  }
  return false;
}
const TEST_DOUBLES = /^(?:nock|http|rest|graphql|setupServer|createServer|mockAgent|interceptor)$/;

/** True when the literal is an argument of `nock(…)`, msw's `http.get(…)` and the like. */
function isInTestDouble(node: ts.Node, ctx: EngineContext): boolean {
  for (let current: ts.Node | undefined = node.parent; current && !ts.isStatement(current); current = current.parent) {
    if (ts.isCallExpression(current)) {
      const callee = current.expression;
      const receiver = ts.isIdentifier(callee)
        ? callee
        : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
          ? callee.expression
          : undefined;
      if (!receiver || !TEST_DOUBLES.test(receiver.text)) continue;
      // msw's `http.get(…)` handler, not Node's http module sending the request.
      const binding = ctx.scope.bindingOf(receiver);
      const moduleName = binding?.kind === 'import' ? binding.moduleName : requiredModuleName(bindingInitializer(binding));
      if (moduleName === undefined || !NODE_HTTP_MODULES.has(moduleName)) return true;
    }
  }
  return false;
}

const NODE_HTTP_MODULES = new Set(['http', 'https', 'node:http', 'node:https']);

function bindingInitializer(binding: ReturnType<FileScope['bindingOf']>): ts.Expression | undefined {
  return binding?.kind === 'variable' ? binding.declaration.initializer : undefined;
}

/** A `+` chain or template that is not itself part of a larger `+` chain or template. */
function isOutermostStringExpression(node: ts.Node): boolean {
  const isChain = (candidate: ts.Node): boolean =>
    ts.isTemplateExpression(candidate) || (ts.isBinaryExpression(candidate) && candidate.operatorToken.kind === ts.SyntaxKind.PlusToken);
  if (!isChain(node)) return false;
  let parent = node.parent;
  while (parent && ts.isParenthesizedExpression(parent)) parent = parent.parent;
  return !(parent && (isChain(parent) || ts.isTemplateSpan(parent)));
}

/**
 * False when the chain certainly does not start with a URL's scheme or `//` (matchLegacyUrl's full and base
 * shapes start there): its first piece is text that cannot begin one (`Hello ${name}`, `'Bearer ' + token`).
 * A chain that starts with a hole may (`${base}/oauth2/token`): only its evaluation tells.
 */
function mayStartUrl(node: ts.Node): boolean {
  let first = node;
  for (;;) {
    if (ts.isParenthesizedExpression(first)) first = first.expression;
    else if (ts.isBinaryExpression(first) && first.operatorToken.kind === ts.SyntaxKind.PlusToken) first = first.left;
    else break;
  }
  const text = ts.isTemplateExpression(first) ? first.head.text : ts.isStringLiteralLike(first) ? first.text : undefined;
  if (!text) return true;
  const start = text.slice(0, 8).toLowerCase();
  return start.startsWith('//') || /^https?:/.test(start) || 'https://'.startsWith(start) || 'http://'.startsWith(start);
}

function literalsOf(node: ts.Node): ts.Node[] {
  const literals: ts.Node[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isStringLiteralLike(child) || ts.isTemplateHead(child) || ts.isTemplateMiddle(child) || ts.isTemplateTail(child))
      literals.push(child);
    ts.forEachChild(child, visit);
  };
  visit(node);
  return literals;
}

function isPropertyName(node: ts.Node): boolean {
  const parent = node.parent;
  return (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node;
}

/** Step: anything else that names the extension's address, reported, never guessed at. */
export const reportStrayLegacyLiterals: Step = (ctx, ledger) => {
  ledger.findings.push(...detectStrayLegacyLiterals(ctx, ledger.accountedFor, ctx.cloudShell));
};
