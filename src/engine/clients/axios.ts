import { ts } from '../typescript';
import { removeListElementEdit } from '../ast/objectEdits';
import type { EngineContext } from '../context';
import { requestOrInstanceHeaders } from '../requests/headers';
import { OptionsEditor, optionsObjectOf, readOptions } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';
import { isUrlObject } from './urlObject';
import type { HttpClient } from './httpClient';

const GET_LIKE = new Set(['get', 'delete', 'head', 'options']);
const WITH_DATA = new Set(['post', 'put', 'patch']);

/**
 * axios: `axios(url|config)`, `axios.get|post|request(...)`, and instances made by
 * `axios.create({ baseURL })` called with a relative path.
 */
export function axiosParts(
  call: ts.CallExpression,
  member: string | undefined,
  instance: ts.CallExpression | undefined,
  ctx: EngineContext,
): RequestParts | undefined {
  const args = call.arguments;
  if (args.length === 0) return undefined;
  const createConfig = instance ? optionsObjectOf(instance.arguments[0], ctx) : undefined;
  const base = createConfig?.member('baseURL');
  if (instance && instance.arguments.length > 0 && !createConfig) return undefined;

  let url: ts.Expression | undefined;
  let configArg: ts.Expression | undefined;
  let dataArg: ts.Expression | undefined;
  let verbFromMember: string | undefined;
  if (member === undefined || member === 'request') {
    const first = optionsObjectOf(args[0], ctx);
    if (first) {
      configArg = args[0];
      const urlMember = first.member('url');
      if (!urlMember) return undefined;
      url = urlMember.value;
    } else {
      url = args[0];
      configArg = args[1];
    }
  } else if (GET_LIKE.has(member)) {
    url = args[0];
    configArg = args[1];
    verbFromMember = member;
  } else if (WITH_DATA.has(member)) {
    url = args[0];
    dataArg = args[1];
    configArg = args[2];
    verbFromMember = member;
  } else {
    return undefined;
  }

  const config = optionsObjectOf(configArg, ctx);
  const problems: string[] = [];
  if (configArg && !config) problems.push('its config comes from a value the tool cannot see');
  const editor = new OptionsEditor(config, dataArg && !config ? args[0] : (configArg ?? args[0]));
  const reading = readOptions(
    config,
    {
      bodyKeys: ['data'],
      moveObject: (data) => () => data.rename('params') ?? 'it has both a form body and params',
    },
    editor,
  );
  problems.push(...reading.problems);

  let method = reading.method;
  let body = reading.body;
  if (verbFromMember) {
    const name = (call.expression as ts.PropertyAccessExpression).name;
    method = { value: verbFromMember, toGet: () => [{ start: name.getStart(), end: name.getEnd(), text: 'get' }] };
  }
  if (dataArg) {
    const removeData = removeListElementEdit(args, dataArg, ctx.text);
    body = {
      expression: dataArg,
      remove: [removeData],
      moveObject: () => {
        if (config?.member('params')) return 'it has both a form body and params';
        return [removeData, ...editor.add(`params: ${dataArg.getText()}`)];
      },
    };
  }

  const headers = requestOrInstanceHeaders(reading.headers, createConfig);
  const proxyProperty = config?.member('proxy');
  const instanceProxy = createConfig?.member('proxy');
  if (createConfig && createConfig.problems.length > 0)
    problems.push(`its instance is configured in a way the tool cannot follow (${createConfig.problems[0]})`);
  if (proxyProperty && skipWrappers(proxyProperty.value).kind !== ts.SyntaxKind.FalseKeyword) {
    problems.push('it sets an explicit proxy, and IMDS rejects proxied requests');
  }
  const bypassProxy = proxyProperty || instanceProxy ? undefined : () => editor.add('proxy: false');
  return {
    client: 'axios',
    node: call,
    url,
    base: base?.value,
    urlObject: isUrlObject(url, ctx),
    method,
    body,
    headers,
    bypassProxy,
    hasTimeout: reading.hasTimeout || createConfig?.member('timeout') !== undefined,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/** axios, and instances from `axios.create(config)`. */
export const axiosClient: HttpClient = {
  name: 'axios',
  modules: ['axios'],
  factories: ['create'],
  read: ({ call, member, instance }, ctx) => axiosParts(call, member, instance, ctx),
};
