import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { requestOrInstanceHeaders } from '../requests/headers';
import { OptionsEditor, optionsObjectOf, readOptions, type OptionsObject } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';
import type { HttpClient } from './httpClient';

/**
 * request / request-promise(-native): `request(url|options, …)`, `request.get|post(…)`, `{ uri|url, qs, form, body }`,
 * and instances from `request.defaults({ baseUrl, headers, … })`.
 */
export function requestParts(
  call: ts.CallExpression,
  member: string | undefined,
  instance: ts.CallExpression | undefined,
  ctx: EngineContext,
): RequestParts | undefined {
  const args = call.arguments;
  if (args.length === 0) return undefined;
  const defaults = instance ? optionsObjectOf(instance.arguments[0], ctx) : undefined;
  if (instance && instance.arguments.length > 0 && !defaults) return undefined;
  const base = defaults?.member('baseUrl');
  if (member !== undefined && !['get', 'post', 'put', 'patch', 'del', 'delete', 'head'].includes(member)) return undefined;
  const firstObject = optionsObjectOf(args[0], ctx);
  let url: ts.Expression | undefined;
  let options: OptionsObject | undefined;
  let optionsArg: ts.Expression | undefined;
  if (firstObject) {
    options = firstObject;
    optionsArg = args[0];
    const urlProperty = firstObject.member('uri') ?? firstObject.member('url');
    if (!urlProperty) return undefined;
    url = urlProperty.value;
  } else {
    url = args[0];
    const second = args[1];
    if (second && !isFunction(second)) {
      optionsArg = second;
      options = optionsObjectOf(second, ctx);
    }
  }
  const problems: string[] = [];
  if (optionsArg && !options) problems.push('its options come from a value the tool cannot see');
  const editor = new OptionsEditor(options, optionsArg ?? args[0]);
  const reading = readOptions(
    options,
    {
      bodyKeys: ['form', 'body'],
      moveObject: (form) => () => form.rename('qs') ?? 'it has both a form body and qs',
    },
    editor,
  );
  problems.push(...reading.problems);
  let method = reading.method;
  if (member !== undefined) {
    if (method) problems.push('it sets the verb twice');
    const name = (skipWrappers(call.expression) as ts.PropertyAccessExpression).name;
    method = { value: member === 'del' ? 'DELETE' : member, toGet: () => [{ start: name.getStart(), end: name.getEnd(), text: 'get' }] };
  }
  const proxyProperty = options?.member('proxy') ?? defaults?.member('proxy');
  if (proxyProperty && skipWrappers(proxyProperty.value).kind !== ts.SyntaxKind.FalseKeyword) {
    problems.push('it sets an explicit proxy, and IMDS rejects proxied requests');
  }
  if (defaults && defaults.problems.length > 0)
    problems.push(`its defaults are set in a way the tool cannot follow (${defaults.problems[0]})`);
  if (defaults?.member('method') || defaults?.member('form') || defaults?.member('body'))
    problems.push('its defaults set the verb or a body');
  return {
    client: 'request',
    node: call,
    url,
    base: base?.value,
    method,
    body: reading.body,
    headers: requestOrInstanceHeaders(reading.headers, defaults),
    bypassProxy: proxyProperty ? undefined : () => editor.add('proxy: false'),
    hasTimeout: reading.hasTimeout || defaults?.member('timeout') !== undefined,
    problems,
    finalEdits: () => editor.edits(),
  };
}

function isFunction(expression: ts.Expression): boolean {
  const node = skipWrappers(expression);
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** request, request-promise(-native), and instances from `request.defaults(options)`. */
export const requestClient: HttpClient = {
  name: 'request',
  modules: ['request', 'request-promise', 'request-promise-native'],
  factories: ['defaults'],
  read: ({ call, member, instance }, ctx) => requestParts(call, member, instance, ctx),
};
