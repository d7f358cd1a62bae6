import { ts } from '../typescript';
import { skipWrappers } from '../ast/wrappers';
import { sourcesOf } from '../values/sources';
import type { EngineContext } from '../context';
import { OptionsEditor, optionsObjectOf, readOptions } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { isUrlObject } from './urlObject';
import type { HttpClient } from './httpClient';

/** Global `fetch`, node-fetch, undici, cross-fetch: `fetch(url, { method, body, headers })`. */
export function fetchParts(call: ts.CallExpression, ctx: EngineContext): RequestParts | undefined {
  const [input, secondInit] = call.arguments;
  if (!input) return undefined;
  // `fetch(new Request(url, init))`: the Request's own URL and init (or a const that holds the Request).
  const request = requestConstruction(input, ctx);
  if (request && secondInit) return undefined;
  const url = request ? request.arguments![0] : input;
  const init = request ? request.arguments![1] : secondInit;
  if (!url) return undefined;
  const options = optionsObjectOf(init, ctx);
  const editor = new OptionsEditor(options, url);
  const reading = readOptions(options, { bodyKeys: ['body'] }, editor);
  // Options the tool cannot see may set the verb and a body: the request cannot be judged safe.
  const problems =
    init && !options ? ['its options come from a value the tool cannot see (they may POST a body)', ...reading.problems] : reading.problems;
  return {
    client: 'fetch',
    node: call,
    url,
    extraSites: request && !call.arguments.includes(request) ? [request] : undefined,
    urlObject: isUrlObject(url, ctx),
    method: reading.method,
    body: reading.body,
    headers: reading.headers,
    hasTimeout: reading.hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/** The global fetch and the packages that provide the same function. */
export const fetchClient: HttpClient = {
  name: 'fetch',
  modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch'],
  globals: ['fetch'],
  read: ({ call, member }, ctx) => (member === undefined || member === 'fetch' ? fetchParts(call, ctx) : undefined),
};

/** `new Request(url, init?)` written at the call or held by a const. */
function requestConstruction(expression: ts.Expression, ctx: EngineContext): ts.NewExpression | undefined {
  let node = skipWrappers(expression);
  if (ts.isIdentifier(node)) {
    const found = sourcesOf(node, ctx.scope);
    if (!found?.complete || found.sources.length !== 1) return undefined;
    node = skipWrappers(found.sources[0].expression);
  }
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'Request') return undefined;
  return node.arguments && node.arguments.length > 0 ? node : undefined;
}
