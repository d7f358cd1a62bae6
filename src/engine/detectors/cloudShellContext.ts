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
 * - `cloud-shell-client`: Cloud Shell's own client: inside a function, method, class or file named for
 *   Cloud Shell, or a branch guarded by a Cloud Shell check (`ACC_CLOUD`, `AZUREPS_HOST_ENVIRONMENT`,
 *   `MSI_ENDPOINT` set without `MSI_SECRET`). Reported as `info`, never rewritten;
 * - `endpoint-aware`: elsewhere in a file that reads `MSI_ENDPOINT`/`IDENTITY_ENDPOINT`: the same code may
 *   serve Cloud Shell or App Service, so a legacy request is an error, never rewritten;
 * - `none`.
 * A literal fallback after `process.env.MSI_ENDPOINT ||` is what runs on a VM: that is judged by the caller
 * (it is an error wherever it stands).
 */
export type CloudShellVerdict = 'cloud-shell-client' | 'endpoint-aware' | 'none';

export interface CloudShellContext {
  verdictAt(node: ts.Node): CloudShellVerdict;
  /** Why an endpoint-aware request is not rewritten. */
  endpointAwareReason?: string;
}

/** The file's Cloud Shell context: what holds for the whole file is worked out once. */
export function cloudShellContext(scope: FileScope): CloudShellContext {
  const { sourceFile } = scope;
  const readsEndpoint = firstEndpointRead(scope);
  const namedFile = CLOUD_SHELL_NAME.test(sourceFile.fileName.replace(/\\/g, '/').split('/').pop() ?? '');
  const endpointAwareReason = readsEndpoint
    ? `This file reads ${readsEndpoint}: on Azure Cloud Shell (and App Service) the same localhost:50342 URL is ` +
      `that host's own token endpoint, not the VM extension, so the tool does not rewrite it. If this code ` +
      'only runs on a VM, migrate it by hand to IMDS.'
    : undefined;
  return {
    endpointAwareReason,
    verdictAt(node) {
      if (namedFile || isInCloudShellCode(node)) return 'cloud-shell-client';
      return readsEndpoint ? 'endpoint-aware' : 'none';
    },
  };
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

/** Inside code named for Cloud Shell, or a branch that only runs in Cloud Shell. */
function isInCloudShellCode(node: ts.Node): boolean {
  for (let child = node, current = node.parent; current; child = current, current = current.parent) {
    const name = declarationName(current);
    if (name && CLOUD_SHELL_NAME.test(name)) return true;
    if (ts.isIfStatement(current)) {
      const verdict = guardVerdict(current.expression);
      if (verdict === 'cloud-shell' && child === current.thenStatement) return true;
      if (verdict === 'not-cloud-shell' && child === current.elseStatement) return true;
    }
    if (ts.isConditionalExpression(current)) {
      const verdict = guardVerdict(current.condition);
      if (verdict === 'cloud-shell' && child === current.whenTrue) return true;
      if (verdict === 'not-cloud-shell' && child === current.whenFalse) return true;
    }
  }
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
 * What an `if` condition says: `cloud-shell` when it holds only in Cloud Shell (a Cloud Shell variable is
 * set, or MSI_ENDPOINT is set and MSI_SECRET is not checked as set), `not-cloud-shell` when it is the
 * negation of one, undefined for any other condition.
 */
function guardVerdict(condition: ts.Expression): 'cloud-shell' | 'not-cloud-shell' | undefined {
  const node = skipWrappers(condition);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = guardVerdict(node.operand);
    return inner === 'cloud-shell' ? 'not-cloud-shell' : inner === 'not-cloud-shell' ? 'cloud-shell' : undefined;
  }
  const reads = positiveEnvReads(node);
  if (reads.some((name) => CLOUD_SHELL_VARIABLES.has(name))) return 'cloud-shell';
  if (reads.some((name) => ENDPOINT_VARIABLES.has(name)) && !reads.some((name) => SECRET_VARIABLES.has(name))) return 'cloud-shell';
  return undefined;
}

/** The environment variables a condition requires to be set (`process.env.X`, `X && Y`, `process.env.X === '…'`). */
function positiveEnvReads(condition: ts.Expression): string[] {
  const node = skipWrappers(condition);
  const direct = envNameOf(node);
  if (direct && !ts.isBinaryExpression(node)) return [direct];
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return [...positiveEnvReads(node.left), ...positiveEnvReads(node.right)];
    if (kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.EqualsEqualsToken) {
      const name = envNameOf(node.left) ?? envNameOf(node.right);
      return name ? [name] : [];
    }
  }
  return [];
}
