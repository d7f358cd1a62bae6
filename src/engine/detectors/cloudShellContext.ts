import { ts } from '../typescript';
import type { FileScope } from '../ast/scope';
import { envNameOf } from '../url/evaluate';
import { skipWrappers } from '../ast/wrappers';
import type { DraftFinding } from '../types';

const ENDPOINT_VARIABLES = new Set(['MSI_ENDPOINT', 'IDENTITY_ENDPOINT']);
const SECRET_VARIABLES = new Set(['MSI_SECRET', 'IDENTITY_HEADER']);
/** Variables only Cloud Shell sets. */
const CLOUD_SHELL_VARIABLES = new Set(['ACC_CLOUD', 'AZUREPS_HOST_ENVIRONMENT', 'ACC_TERM_ID', 'CLOUD_SHELL']);
const CLOUD_SHELL_NAME = /cloud[-_]?shell|cloud_?console/i;

/**
 * Where a node stands with respect to the other hosts that serve the extension's very URL:
 * - `cloud-shell-client`: certainly Cloud Shell's own client: inside a function, method, class or file named for
 *   Cloud Shell (not `tokenOutsideCloudShell`, `CloudShellAwareCredential`), a branch or the code after an early
 *   exit that only runs in Cloud Shell (`if (process.env.ACC_CLOUD)`, `if (!isCloudShell()) throw …`,
 *   `MSI_ENDPOINT` set without `MSI_SECRET`). Reported as `info`, never rewritten;
 * - `endpoint-aware`: elsewhere in a file that reads `MSI_ENDPOINT`/`IDENTITY_ENDPOINT`: the same code may
 *   serve Cloud Shell or App Service, so a legacy request is an error, never rewritten;
 * - `cloud-shell-unclear`: elsewhere in a file that speaks of Cloud Shell (its variables, its name) where the tool
 *   cannot tell which side the code runs on: an error, never rewritten (when in doubt, report);
 * - `none`: no Cloud Shell in sight, or code that certainly runs outside it (`if (process.env.ACC_CLOUD === undefined)`,
 *   after `if (process.env.ACC_CLOUD) throw …`).
 * A literal fallback after `process.env.MSI_ENDPOINT ||` is what runs on a VM: that is judged by the caller
 * (it is an error wherever it stands).
 */
export type CloudShellVerdict = 'cloud-shell-client' | 'endpoint-aware' | 'cloud-shell-unclear' | 'none';

export interface CloudShellContext {
  verdictAt(node: ts.Node): CloudShellVerdict;
  /** Why an endpoint-aware request is not rewritten. */
  endpointAwareReason?: string;
}

/** Why a request in a file that speaks of Cloud Shell, on no side the tool can tell, is not rewritten. */
export const CLOUD_SHELL_UNCLEAR_REASON =
  'this file speaks of Azure Cloud Shell, which serves the same localhost:50342 URL, and the tool cannot tell ' +
  'whether this code runs there or on a VM. If it runs on a VM, send GET ' +
  'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=… (header Metadata: true); ' +
  "leave Cloud Shell's own request as it is";

/** The file's Cloud Shell context: what holds for the whole file is worked out once. */
export function cloudShellContext(scope: FileScope): CloudShellContext {
  const { sourceFile } = scope;
  const readsEndpoint = firstEndpointRead(scope);
  const fileName = sourceFile.fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  const namedFile = isCloudShellName(fileName);
  const speaksOfCloudShell = CLOUD_SHELL_WORDS.test(sourceFile.text) || CLOUD_SHELL_NAME.test(fileName);
  const endpointAwareReason = readsEndpoint
    ? `This file reads ${readsEndpoint}: on Azure Cloud Shell (and App Service) the same localhost:50342 URL is ` +
      `that host's own token endpoint, not the VM extension, so the tool does not rewrite it. If this code ` +
      'only runs on a VM, migrate it by hand to IMDS.'
    : undefined;
  return {
    endpointAwareReason,
    verdictAt(node) {
      const side = speaksOfCloudShell || readsEndpoint ? sideOf(node, scope) : undefined;
      if (namedFile || side === 'cloud-shell') return 'cloud-shell-client';
      if (readsEndpoint) return 'endpoint-aware';
      if (speaksOfCloudShell && side !== 'not-cloud-shell') return 'cloud-shell-unclear';
      return 'none';
    },
  };
}

/** Words a file that speaks of Cloud Shell holds: its variables and its name. */
const CLOUD_SHELL_WORDS = /ACC_CLOUD|AZUREPS_HOST_ENVIRONMENT|ACC_TERM_ID|CLOUD_SHELL|cloud[-_ ]?shell|cloud_?console/i;
/** A name that says the opposite or both (`tokenOutsideCloudShell`, `notCloudShell`, `CloudShellAwareCredential`). */
const NOT_ONLY_CLOUD_SHELL = /not|non|outside|without|except|unless|aware|other|fallback/i;
const EITHER = /\bor\b|Or[A-Z]|[_-]or[_-]/;

/** A name for Cloud Shell's own code (`getCloudShellToken`, `cloud-shell-token.js`), not one that negates it. */
function isCloudShellName(name: string): boolean {
  return CLOUD_SHELL_NAME.test(name) && !NOT_ONLY_CLOUD_SHELL.test(name) && !EITHER.test(name);
}

/** The info finding's message for Cloud Shell's own client. */
export const CLOUD_SHELL_CLIENT_MESSAGE =
  "Azure Cloud Shell's own token request (Cloud Shell serves the same localhost:50342/oauth2/token): " +
  'not the VM extension, left as it is. If this code also runs on a VM, give that path its own IMDS request.';

/** A request that is Cloud Shell's own: one `info` finding, no fix. */
export function cloudShellClientFinding(node: ts.Node): DraftFinding {
  return { ruleId: 'legacy-endpoint', severity: 'info', message: CLOUD_SHELL_CLIENT_MESSAGE, start: node.getStart(), end: node.getEnd() };
}

/** A read names the variable as written (envNameOf reads literal names only): a file that never spells one has none. */
const NAMES_ENDPOINT_VARIABLE = /MSI_ENDPOINT|IDENTITY_ENDPOINT/;

function firstEndpointRead(scope: FileScope): string | undefined {
  if (!NAMES_ENDPOINT_VARIABLE.test(scope.sourceFile.text)) return undefined;
  let found: string | undefined;
  scope.forEachNode((node) => {
    if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return undefined;
    const name = envNameOf(node);
    if (!name || !ENDPOINT_VARIABLES.has(name) || isAssigned(node)) return undefined;
    found = name;
    return 'stop';
  });
  return found;
}

/** `process.env.MSI_ENDPOINT = …`: a test setting the variable (a Cloud Shell stub), not code that reads it. */
function isAssigned(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

type Side = 'cloud-shell' | 'not-cloud-shell';

function negate(side: Side | undefined): Side | undefined {
  return side === 'cloud-shell' ? 'not-cloud-shell' : side === 'not-cloud-shell' ? 'cloud-shell' : undefined;
}

/**
 * The side a node certainly runs on: inside code named for Cloud Shell; in a branch of a Cloud Shell check (`if`,
 * `?:`, `&&`, `||`); after an early exit on one (`if (!process.env.ACC_CLOUD) throw …`). Undefined when the code does
 * not say.
 */
function sideOf(node: ts.Node, scope: FileScope): Side | undefined {
  for (let child = node, current = node.parent; current; child = current, current = current.parent) {
    const name = declarationName(current);
    if (name && isCloudShellName(name)) return 'cloud-shell';
    let side: Side | undefined;
    if (ts.isIfStatement(current)) {
      const verdict = guardVerdict(current.expression, scope);
      side = child === current.thenStatement ? verdict : child === current.elseStatement ? negate(verdict) : undefined;
    } else if (ts.isConditionalExpression(current)) {
      const verdict = guardVerdict(current.condition, scope);
      side = child === current.whenTrue ? verdict : child === current.whenFalse ? negate(verdict) : undefined;
    } else if (ts.isBinaryExpression(current) && child === current.right) {
      const kind = current.operatorToken.kind;
      if (kind === ts.SyntaxKind.AmpersandAmpersandToken) side = guardVerdict(current.left, scope);
      else if (kind === ts.SyntaxKind.BarBarToken) side = negate(guardVerdict(current.left, scope));
    } else if (ts.isBlock(current) || ts.isSourceFile(current) || ts.isCaseClause(current) || ts.isDefaultClause(current)) {
      side = afterEarlyExit(current.statements, child, scope);
    }
    if (side) return side;
  }
  return undefined;
}

/** The side the statements after an early exit run on: `if (check) return/throw …;` before `child` leaves the other side. */
function afterEarlyExit(statements: ts.NodeArray<ts.Statement>, child: ts.Node, scope: FileScope): Side | undefined {
  for (const statement of statements) {
    if (statement === child) break;
    if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) {
      const side = negate(guardVerdict(statement.expression, scope));
      if (side) return side;
    }
  }
  return undefined;
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement) && statement.statements.length > 0) return exits(statement.statements[statement.statements.length - 1]);
  return false;
}

function declarationName(node: ts.Node): string | undefined {
  if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText();
  if ((ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isClassExpression(node)) && node.parent) {
    const holder = node.parent;
    if (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder))
      return holder.name.getText();
  }
  // `{ [Source.CloudShell]: 'http://localhost:50342/oauth2/token' }`: a table entry for Cloud Shell.
  if (ts.isPropertyAssignment(node)) return node.name.getText();
  return undefined;
}

/**
 * What a condition says: `cloud-shell` when it holds only in Cloud Shell (a Cloud Shell variable is set, or
 * MSI_ENDPOINT is set and MSI_SECRET is not checked as set), `not-cloud-shell` when it is the negation of one,
 * undefined for any other condition. Follows `!`, `Boolean(…)`, `&&`/`||`, comparisons with undefined, null or '',
 * a const that holds a check and a local function that returns one (`const isCloudShell = () => …`).
 */
function guardVerdict(condition: ts.Expression, scope: FileScope, depth = 0): Side | undefined {
  const node = skipWrappers(condition);
  if (depth > 4) return undefined;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken)
    return negate(guardVerdict(node.operand, scope, depth));
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Boolean' && node.arguments.length === 1)
    return guardVerdict(node.arguments[0], scope, depth);
  const direct = envNameOf(node);
  // A Cloud Shell variable set; MSI_ENDPOINT set with no check of MSI_SECRET (App Service sets both).
  if (direct && !ts.isBinaryExpression(node))
    return CLOUD_SHELL_VARIABLES.has(direct) || ENDPOINT_VARIABLES.has(direct) ? 'cloud-shell' : undefined;
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken) {
      const sides = [guardVerdict(node.left, scope, depth), guardVerdict(node.right, scope, depth)];
      const reads = [...positiveEnvReads(node.left), ...positiveEnvReads(node.right)];
      if (kind === ts.SyntaxKind.AmpersandAmpersandToken) {
        if (sides.includes('cloud-shell')) return 'cloud-shell';
        if (reads.some((name) => ENDPOINT_VARIABLES.has(name)) && !reads.some((name) => SECRET_VARIABLES.has(name))) return 'cloud-shell';
        return sides.every((side) => side === 'not-cloud-shell') ? 'not-cloud-shell' : undefined;
      }
      if (sides.every((side) => side === 'cloud-shell')) return 'cloud-shell';
      return sides.includes('not-cloud-shell') && sides.every((side) => side !== undefined) ? 'not-cloud-shell' : undefined;
    }
    const comparison = comparedVariable(node);
    if (comparison) {
      const isCloudShellVariable = CLOUD_SHELL_VARIABLES.has(comparison.name) || ENDPOINT_VARIABLES.has(comparison.name);
      if (!isCloudShellVariable) return undefined;
      return comparison.meansSet === undefined ? undefined : comparison.meansSet ? 'cloud-shell' : 'not-cloud-shell';
    }
  }
  if (ts.isIdentifier(node)) {
    const binding = scope.bindingOf(node);
    if (binding?.kind === 'variable' && binding.isConst && binding.declaration.initializer)
      return guardVerdict(binding.declaration.initializer, scope, depth + 1);
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.arguments.length === 0) {
    const returned = returnedCheck(node.expression, scope);
    if (returned) return guardVerdict(returned, scope, depth + 1);
  }
  return undefined;
}

/** `process.env.X === undefined` (not set), `!== undefined`, `== null`, `=== ''`, `=== 'true'` (set): which, if either. */
function comparedVariable(node: ts.BinaryExpression): { name: string; meansSet?: boolean } | undefined {
  const kind = node.operatorToken.kind;
  const equal = kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken;
  const notEqual = kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
  if (!equal && !notEqual) return undefined;
  const leftName = envNameOf(node.left);
  const name = leftName ?? envNameOf(node.right);
  if (!name) return undefined;
  const other = skipWrappers(leftName ? node.right : node.left);
  const empty =
    other.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(other) && other.text === 'undefined') ||
    (ts.isStringLiteralLike(other) && other.text === '');
  if (empty) return { name, meansSet: notEqual };
  if (ts.isStringLiteralLike(other)) return { name, meansSet: equal ? true : undefined };
  return { name };
}

/** The check a local function returns: an arrow's expression body, or a body that is one `return`. */
function returnedCheck(callee: ts.Identifier, scope: FileScope): ts.Expression | undefined {
  const binding = scope.bindingOf(callee);
  let fn: ts.Node | undefined;
  if (binding?.kind === 'function') fn = binding.declaration;
  else if (binding?.kind === 'variable' && binding.isConst)
    fn = binding.declaration.initializer && skipWrappers(binding.declaration.initializer);
  if (!fn || !(ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return fn.body;
  const [only] = fn.body.statements;
  return fn.body.statements.length === 1 && ts.isReturnStatement(only) ? only.expression : undefined;
}

/** The environment variables a condition requires to be set (`process.env.X`, `X && Y`, `process.env.X === '…'`). */
function positiveEnvReads(condition: ts.Expression): string[] {
  const node = skipWrappers(condition);
  const direct = envNameOf(node);
  if (direct && !ts.isBinaryExpression(node)) return [direct];
  if (ts.isBinaryExpression(node)) {
    if (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return [...positiveEnvReads(node.left), ...positiveEnvReads(node.right)];
    const comparison = comparedVariable(node);
    if (comparison?.meansSet) return [comparison.name];
  }
  return [];
}
