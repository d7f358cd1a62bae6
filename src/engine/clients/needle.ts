import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { OptionsEditor, methodToGet, optionsObjectOf, readOptions } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';
import type { HttpClient } from './httpClient';

/**
 * needle: `needle.get(url, options, cb)`, `needle.post(url, data, options, cb)`, `needle(method, url, data, options)`,
 * `needle.request(method, url, data, options, cb)`. For GET, needle replaces the URL's query with `data`.
 */
export function needleParts(call: ts.CallExpression, member: string | undefined, ctx: EngineContext): RequestParts | undefined {
  const args = [...call.arguments];
  let verb: string | undefined;
  let verbLiteral: ts.StringLiteralLike | undefined;
  let offset = 0;
  if (member === undefined || member === 'request') {
    const first = args[0] ? skipWrappers(args[0]) : undefined;
    if (!first || !ts.isStringLiteralLike(first)) return undefined;
    verb = first.text;
    verbLiteral = first;
    offset = 1;
  } else if (['get', 'head', 'delete'].includes(member)) {
    verb = member;
  } else if (['post', 'put', 'patch'].includes(member)) {
    verb = member;
  } else {
    return undefined;
  }
  const url = args[offset];
  if (!url) return undefined;
  const takesData = member === undefined || member === 'request' || ['post', 'put', 'patch'].includes(member);
  const dataArg = takesData ? args[offset + 1] : undefined;
  const optionsArg = args[offset + (takesData ? 2 : 1)];
  const optionsIsCallback =
    optionsArg !== undefined && (ts.isArrowFunction(skipWrappers(optionsArg)) || ts.isFunctionExpression(skipWrappers(optionsArg)));
  const options = optionsIsCallback ? undefined : optionsObjectOf(optionsArg, ctx);
  const problems: string[] = [];
  if (optionsArg && !optionsIsCallback && !options) problems.push('its options come from a value the tool cannot see');
  const data = dataArg && skipWrappers(dataArg).kind !== ts.SyntaxKind.NullKeyword ? dataArg : undefined;
  const dataObject = data ? optionsObjectOf(data, ctx) : undefined;
  if (data && !dataObject) problems.push('its data is not an object literal the tool can add api-version to');
  const editor = new OptionsEditor(options, dataArg ?? url);
  const reading = readOptions(
    options,
    { bodyKeys: [], timeoutKeys: ['timeout', 'open_timeout', 'response_timeout', 'read_timeout'] },
    editor,
  );
  problems.push(...reading.problems);
  const callee = skipWrappers(call.expression);
  const method: RequestParts['method'] = {
    value: verb,
    toGet: () => {
      if (verbLiteral) return methodToGet(verbLiteral);
      // needle.post(url, data, …) → needle.request('get', url, data, …): needle.get takes no data.
      const name = (callee as ts.PropertyAccessExpression).name;
      return [
        { start: name.getStart(), end: name.getEnd(), text: 'request' },
        { start: url.getStart(), end: url.getStart(), text: `${ctx.quote}get${ctx.quote}, ` },
      ];
    },
  };
  const proxyOption = options ? (options.member('use_proxy_from_env_var') ?? options.member('proxy')) : undefined;
  return {
    client: 'needle',
    node: call,
    url,
    method,
    // The data object stays where it is: for GET, needle sends it as the query.
    body: data && verb.toLowerCase() !== 'get' ? { expression: data, remove: [], moveAlways: true, moveObject: () => [] } : undefined,
    headers: reading.headers,
    addApiVersionToParams: dataObject
      ? (apiVersion) => dataObject.insert([`${ctx.quote}api-version${ctx.quote}: ${ctx.quote}${apiVersion}${ctx.quote}`])
      : undefined,
    bypassProxy: proxyOption ? undefined : () => editor.add('use_proxy_from_env_var: false'),
    hasTimeout: reading.hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/** needle. */
export const needleClient: HttpClient = {
  name: 'needle',
  modules: ['needle'],
  read: ({ call, member }, ctx) => needleParts(call, member, ctx),
};
