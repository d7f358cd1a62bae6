import { ts } from '../typescript';
import { findProperty, propertyValue, removeListElementEdit } from '../ast/objectEdits';
import type { EngineContext } from '../context';
import { requestOrInstanceHeaders } from '../requests/headers';
import { OptionsEditor, optionsObjectOf, readOptions } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';
import type { TextEdit } from '../types';
import { isUrlObject } from './urlObject';

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
  const base = createConfig ? findProperty(createConfig, 'baseURL') : undefined;
  if (instance && !base) return undefined;

  let url: ts.Expression | undefined;
  let configArg: ts.Expression | undefined;
  let dataArg: ts.Expression | undefined;
  let verbFromMember: string | undefined;
  if (member === undefined || member === 'request') {
    const first = optionsObjectOf(args[0], ctx);
    if (first) {
      configArg = args[0];
      const urlProperty = findProperty(first, 'url');
      if (!urlProperty) return undefined;
      url = propertyValue(urlProperty);
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
      moveObject: (object, property) => () => renameKey(object, property, 'params') ?? 'it has both a form body and params',
    },
    editor,
    ctx,
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
        if (config && findProperty(config, 'params')) return 'it has both a form body and params';
        return [removeData, ...editor.add(`params: ${dataArg.getText()}`)];
      },
    };
  }

  const headers = requestOrInstanceHeaders(reading.headers, createConfig, ctx.scope);
  const proxyProperty = config ? findProperty(config, 'proxy') : undefined;
  const instanceProxy = createConfig ? findProperty(createConfig, 'proxy') : undefined;
  if (proxyProperty && skipWrappers(propertyValue(proxyProperty)).kind !== ts.SyntaxKind.FalseKeyword) {
    problems.push('it sets an explicit proxy, and IMDS rejects proxied requests');
  }
  const bypassProxy = proxyProperty || instanceProxy ? undefined : () => editor.add('proxy: false');
  return {
    client: 'axios',
    node: call,
    url,
    base: base ? propertyValue(base) : undefined,
    urlObject: isUrlObject(url, ctx),
    method,
    body,
    headers,
    bypassProxy,
    hasTimeout: reading.hasTimeout || (createConfig !== undefined && findProperty(createConfig, 'timeout') !== undefined),
    problems,
    finalEdits: () => editor.edits(),
  };
}

/** Renames an options key (`form` → `qs`), or undefined when the new key is taken already. */
export function renameKey(
  object: ts.ObjectLiteralExpression,
  property: ts.ObjectLiteralElementLike,
  newKey: string,
): TextEdit[] | undefined {
  if (findProperty(object, newKey)) return undefined;
  const name = property.name!;
  if (ts.isShorthandPropertyAssignment(property)) {
    return [{ start: name.getStart(), end: name.getEnd(), text: `${newKey}: ${name.getText()}` }];
  }
  return [{ start: name.getStart(), end: name.getEnd(), text: newKey }];
}
