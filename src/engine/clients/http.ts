import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { OptionsEditor, optionsObjectOf, readOptions, type OptionsObject } from '../requests/options';
import type { AuthorityOptions, BodyPart, RequestParts } from '../requests/types';
import { removeStatementEdit } from '../ast/statementEdits';
import { evaluatePieces, skipWrappers, staticValue } from '../url/evaluate';
import { IMDS_HOST, LEGACY_PORT } from '../url/imds';
import { LOOPBACK_HOST_VALUE } from '../url/loopback';
import type { HttpClient } from './httpClient';

/** Node `http|https.get|request(url, [options], [cb])` and `(options, [cb])` with host/port/path options. */
export function httpParts(call: ts.CallExpression, member: string | undefined, ctx: EngineContext): RequestParts | undefined {
  if (member !== 'get' && member !== 'request') return undefined;
  const args = call.arguments;
  if (args.length === 0) return undefined;
  const first = skipWrappers(args[0]);
  const problems: string[] = [];
  let url: ts.Expression;
  let options: OptionsObject | undefined;
  let optionsArg: ts.Expression | undefined;
  let authority: AuthorityOptions | undefined;
  const firstOptions = ts.isObjectLiteralExpression(first) || ts.isIdentifier(first) ? optionsObjectOf(first, ctx) : undefined;
  if (firstOptions) {
    options = firstOptions;
    optionsArg = args[0];
    const path = options.member('path');
    const host = options.member('hostname') ?? options.member('host');
    if (!path) return undefined;
    // No host (nor socketPath): Node sends the request to localhost.
    if (!host && (options.member('socketPath') || options.member('agent'))) return undefined;
    const hostValue = host ? skipWrappers(host.value) : undefined;
    if (hostValue && !LOOPBACK_HOST_VALUE.test(staticValue(hostValue, ctx.scope) ?? '')) return undefined;
    const port = options.member('port');
    const portValue = port ? evaluatePieces(port.value, ctx.scope)[0] : undefined;
    const portText = portValue ? (portValue.kind === 'text' ? portValue.text : portValue.value) : undefined;
    const portCanBeLegacy =
      portText === LEGACY_PORT || (portValue?.kind === 'hole' && (portValue.possible?.includes(LEGACY_PORT) ?? false));
    const edits = [];
    if (!hostValue) {
      problems.push("it names no host, so Node sends it to localhost (give it host: '169.254.169.254')");
    } else if (ts.isStringLiteralLike(hostValue) && hostValue.getText().slice(1, -1) === hostValue.text) {
      edits.push({ start: hostValue.getStart() + 1, end: hostValue.getEnd() - 1, text: IMDS_HOST });
    } else {
      problems.push('its host is not a plain string literal');
    }
    if (port) edits.push(...port.remove());
    const otherHost = host?.key === 'hostname' ? options.member('host') : undefined;
    if (otherHost) problems.push('it sets both host and hostname');
    authority = {
      host: hostValue,
      legacyPort: portCanBeLegacy,
      portText: port ? port.value.getText() : undefined,
      portExpression: port ? port.value : undefined,
      edits,
    };
    url = path.value;
  } else {
    url = args[0];
    const second = args[1];
    if (second && !ts.isArrowFunction(skipWrappers(second)) && !ts.isFunctionExpression(skipWrappers(second))) {
      optionsArg = second;
      options = optionsObjectOf(second, ctx);
      if (!options) problems.push('its options come from a value the tool cannot see');
    }
  }
  const editor = new OptionsEditor(options, optionsArg ?? args[0]);
  const reading = readOptions(options, { bodyKeys: [] }, editor);
  problems.push(...reading.problems);
  let body: BodyPart | undefined;
  if (reading.method && reading.method.value.toUpperCase() === 'POST') {
    body = writtenBody(call, ctx);
    if (!body) problems.push('it POSTs a body the tool cannot find (one req.write(body) or req.end(body) on the request it returns)');
  }
  return {
    client: 'http',
    node: call,
    url,
    authority,
    method: reading.method,
    body,
    headers: reading.headers,
    hasTimeout: reading.hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/**
 * The body of `const req = http.request(…); req.write(body); req.end();` (or `req.end(body)`), with the
 * edit that stops writing it. Only one write, in the block that holds the request, is understood.
 */
function writtenBody(call: ts.CallExpression, ctx: EngineContext): BodyPart | undefined {
  const declaration = call.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
  const writes = ctx.scope.referencesOf(declaration).flatMap((reference) => {
    const access = reference.parent;
    if (!ts.isPropertyAccessExpression(access) || access.expression !== reference) return [];
    const writeCall = access.parent;
    if (!ts.isCallExpression(writeCall) || writeCall.expression !== access) return [];
    const method = access.name.text;
    if (method === 'write' || (method === 'end' && writeCall.arguments.length > 0)) return [{ method, writeCall }];
    return [];
  });
  if (writes.length !== 1) return undefined;
  const [{ method, writeCall }] = writes;
  const [expression] = writeCall.arguments;
  if (!expression || writeCall.arguments.length > 1) return undefined;
  if (method === 'end') {
    return { expression, remove: [{ start: expression.getStart(), end: expression.getEnd(), text: '' }] };
  }
  const statement = writeCall.parent;
  if (!ts.isExpressionStatement(statement)) return undefined;
  return { expression, remove: [removeStatementEdit(statement, ctx.text)] };
}

/** Node's own http and https modules. */
export const httpClient: HttpClient = {
  name: 'http',
  modules: ['http', 'https', 'node:http', 'node:https'],
  read: ({ call, member }, ctx) => httpParts(call, member, ctx),
};
