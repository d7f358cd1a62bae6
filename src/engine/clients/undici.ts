import { ts } from '../typescript';
import { constructorOf } from '../values/constructed';
import { skipWrappers } from '../ast/wrappers';
import type { EngineContext } from '../context';
import { OptionsEditor, optionsObjectOf, readOptions, type OptionMember, type OptionsObject } from '../requests/options';
import type { TextEdit } from '../types';
import type { RequestParts } from '../requests/types';
import { fetchParts } from './fetch';
import { isUrlObject } from './urlObject';
import type { HttpClient } from './httpClient';

/**
 * undici's `request(url, { method, body, headers, query, path, headersTimeout, signal, dispatcher })`.
 * undici refuses `query` on a URL that already has a `?`, so api-version goes into `query` when it is there.
 * Without `method`, a request with a body is a PUT.
 */
export function undiciRequestParts(call: ts.CallExpression, ctx: EngineContext): RequestParts | undefined {
  const [input, second] = call.arguments;
  // `request({ origin, path })` (a URL object of options) is left to the stray-literal check.
  if (!input || ts.isObjectLiteralExpression(skipWrappers(input))) return undefined;
  const optionsArg = second && !isFunction(second) ? second : undefined;
  const options = optionsObjectOf(optionsArg, ctx);
  const problems: string[] = [];
  if (optionsArg && !options) problems.push('its options come from a value the tool cannot see');
  // `path` replaces the URL's path (and query): the URL argument is then only the origin.
  const pathMember = options?.member('path');
  const url = pathMember ? pathMember.value : input;
  const base = pathMember ? input : undefined;
  const editor = new OptionsEditor(options, optionsArg ?? input);
  const reading = readOptions(options, { bodyKeys: ['body'], timeoutKeys: ['headersTimeout', 'signal'] }, editor);
  problems.push(...reading.problems);
  // undici sends the verb as written, so a POST becomes an upper-case GET whatever its case.
  const verb = options?.member('method')?.value;
  const method =
    reading.method && verb && ts.isStringLiteralLike(skipWrappers(verb))
      ? {
          value: reading.method.value,
          toGet: () => [{ start: skipWrappers(verb).getStart() + 1, end: skipWrappers(verb).getEnd() - 1, text: 'GET' }],
        }
      : (reading.method ?? (reading.body ? { value: 'PUT', toGet: () => [] } : undefined));

  let addApiVersionToParams: RequestParts['addApiVersionToParams'];
  const query = options?.member('query');
  if (query) {
    addApiVersionToParams = (apiVersion) => addToQuery(options!, query, apiVersion, ctx.quote);
    if (reading.body) problems.push('its body would move into a URL that undici refuses to combine with query');
  }

  const proxy = dispatcherProxy(options, undefined, ctx);
  if (proxy.problem) problems.push(proxy.problem);
  return {
    client: 'undici',
    node: call,
    url,
    base,
    urlObject: isUrlObject(url, ctx),
    method,
    body: reading.body,
    headers: reading.headers,
    addApiVersionToParams,
    proxyCaveat: proxy.caveat,
    hasTimeout: reading.hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/**
 * Adds api-version to `query`: into its object literal (written there, or held by a const nothing else
 * uses), else into a copy (`{ ...query, 'api-version': … }`). undici serialises `query` with
 * querystring.stringify, which reads own enumerable members only, so working code passes a plain object
 * and the copy sends the same parameters.
 */
function addToQuery(options: OptionsObject, property: OptionMember, apiVersion: string, q: string): TextEdit[] {
  const entry = `${q}api-version${q}: ${q}${apiVersion}${q}`;
  const object = options.nested('query');
  if (object && object.problems.length === 0) return object.insert([entry]);
  const copy = `{ ...${property.value.getText()}, ${entry} }`;
  if (ts.isShorthandPropertyAssignment(property.node))
    return [{ start: property.node.name.getEnd(), end: property.node.name.getEnd(), text: `: ${copy}` }];
  return [{ start: property.value.getStart(), end: property.value.getEnd(), text: copy }];
}

/** What a request's dispatcher means for IMDS, which rejects proxied requests. */
export interface DispatcherProxy {
  /** An explicit proxy: the request cannot be migrated as it is. */
  problem?: string;
  /** A proxy that may be used (HTTP(S)_PROXY, a dispatcher the tool cannot see): a warning. */
  caveat?: string;
}

/**
 * Judges the `dispatcher` option of a request (or of the client instance it goes through), else the
 * global dispatcher this file sets. With neither, undici's default Agent and Node 20's fetch connect
 * directly: they do not read HTTP(S)_PROXY (Node 24's NODE_USE_ENV_PROXY makes fetch read them).
 */
export function dispatcherProxy(
  options: OptionsObject | undefined,
  instanceOptions: OptionsObject | undefined,
  ctx: EngineContext,
): DispatcherProxy {
  const member = options?.member('dispatcher') ?? instanceOptions?.member('dispatcher');
  if (member) return describeDispatcher(member.value, ctx, 'its dispatcher', "This request's dispatcher");
  for (const call of globalDispatcherCalls(ctx)) {
    const judged = describeDispatcher(
      call.arguments[0],
      ctx,
      'the global dispatcher this file sets',
      'The global dispatcher this file sets',
    );
    if (judged.problem || judged.caveat) return judged;
  }
  return {};
}

const NO_PROXY_ADVICE = 'Add 169.254.169.254 to NO_PROXY where this runs, or give this call a plain undici Agent.';

function describeDispatcher(
  expression: ts.Expression | undefined,
  ctx: EngineContext,
  subject: string,
  sentenceSubject: string,
): DispatcherProxy {
  const constructed = expression ? constructorOf(expression, ctx.scope) : undefined;
  const name = constructed?.name;
  if (name && /ProxyAgent$/.test(name) && name !== 'EnvHttpProxyAgent')
    return { problem: `${subject} is a ${name}, and IMDS rejects proxied requests` };
  if (name === 'EnvHttpProxyAgent') {
    const noProxy = constructed?.argument ? optionsObjectOf(constructed.argument, ctx)?.member('noProxy') : undefined;
    if (noProxy && ts.isStringLiteralLike(skipWrappers(noProxy.value)) && noProxy.value.getText().includes('169.254.169.254')) return {};
    return {
      caveat:
        `${sentenceSubject} is an EnvHttpProxyAgent: it sends requests through HTTP(S)_PROXY when that is set, ` +
        `and IMDS rejects proxied requests. ${NO_PROXY_ADVICE}`,
    };
  }
  if (name && DIRECT_DISPATCHERS.includes(name)) return {};
  const what = name ? `is a ${name}, which the tool does not know` : 'comes from a value the tool cannot see';
  return { caveat: `${sentenceSubject} ${what}; if it uses a proxy, IMDS will reject the request. ${NO_PROXY_ADVICE}` };
}

/** undici dispatchers that connect to the origin itself. */
const DIRECT_DISPATCHERS = ['Agent', 'Client', 'Pool', 'BalancedPool', 'RetryAgent', 'MockAgent'];

/** `setGlobalDispatcher(x)` calls of the file (a text check first: most files never call it). */
function globalDispatcherCalls(ctx: EngineContext): ts.CallExpression[] {
  if (!ctx.text.includes('setGlobalDispatcher')) return [];
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = skipWrappers(node.expression);
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
      if (name === 'setGlobalDispatcher') calls.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  return calls;
}

function isFunction(expression: ts.Expression): boolean {
  const node = skipWrappers(expression);
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** undici: `request` (its own client) and `fetch` (read as the global fetch, with its dispatcher judged). */
export const undiciClient: HttpClient = {
  name: 'undici',
  modules: ['undici'],
  read: ({ call, member }, ctx) => {
    if (member === 'request') return undiciRequestParts(call, ctx);
    if (member !== 'fetch') return undefined;
    const parts = fetchParts(call, ctx);
    if (!parts) return parts;
    const proxy = dispatcherProxy(optionsObjectOf(call.arguments[1], ctx), undefined, ctx);
    return { ...parts, problems: proxy.problem ? [...parts.problems, proxy.problem] : parts.problems, proxyCaveat: proxy.caveat };
  },
};
