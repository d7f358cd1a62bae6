import { ts } from '../typescript';
import { findProperty, insertPropertyEdits, propertyValue, type ObjectProperty } from '../ast/objectEdits';
import type { TextEdit } from '../types';
import type { EngineContext } from '../context';
import { requestOrInstanceHeaders } from '../requests/headers';
import { OptionsEditor, optionsObjectOf, readOptions } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';
import { renameKey } from './axios';
import { isUrlObject } from './urlObject';

/**
 * got: `got(url, options)`, `got.get|post(url, options)`, instances from `got.extend({ prefixUrl })`.
 * got's `searchParams` replaces the URL's query, so api-version goes into it when it is there.
 */
export function gotParts(
  call: ts.CallExpression,
  member: string | undefined,
  instance: ts.CallExpression | undefined,
  ctx: EngineContext,
): RequestParts | undefined {
  const args = call.arguments;
  if (args.length === 0 || ts.isObjectLiteralExpression(skipWrappers(args[0]))) return undefined;
  if (member !== undefined && !['get', 'post', 'put', 'patch', 'delete', 'head'].includes(member)) return undefined;
  const extendConfig = instance ? optionsObjectOf(instance.arguments[0], ctx) : undefined;
  const prefix = extendConfig ? findProperty(extendConfig, 'prefixUrl') : undefined;
  if (instance && !prefix) return undefined;
  const url = args[0];
  const optionsArg = args[1];
  const options = optionsObjectOf(optionsArg, ctx);
  const problems: string[] = [];
  if (optionsArg && !options) problems.push('its options come from a value the tool cannot see');
  const editor = new OptionsEditor(options, optionsArg ?? url);
  const searchParamsProperty = options ? findProperty(options, 'searchParams') : undefined;
  const searchParams = searchParamsProperty ? skipWrappers(propertyValue(searchParamsProperty)) : undefined;
  const reading = readOptions(
    options,
    {
      bodyKeys: ['form', 'body'],
      moveObject: (object, property) => () => renameKey(object, property, 'searchParams') ?? 'it has both a form body and searchParams',
      timeoutKeys: ['timeout', 'signal'],
    },
    editor,
    ctx,
  );
  problems.push(...reading.problems);
  let method = reading.method;
  if (member !== undefined) {
    const name = (skipWrappers(call.expression) as ts.PropertyAccessExpression).name;
    method = { value: member, toGet: () => [{ start: name.getStart(), end: name.getEnd(), text: 'get' }] };
  }
  // The object that ends up as searchParams: the existing one, or a form object renamed to it.
  const formObject =
    reading.body && ts.isObjectLiteralExpression(skipWrappers(reading.body.expression))
      ? (skipWrappers(reading.body.expression) as ts.ObjectLiteralExpression)
      : undefined;
  const paramsObject = searchParams && ts.isObjectLiteralExpression(searchParams) ? searchParams : formObject;
  if (searchParams && reading.body && !formObject)
    problems.push('its body would be appended to a URL whose query got replaces with searchParams');
  const headers = requestOrInstanceHeaders(reading.headers, extendConfig, ctx.scope);
  const q = ctx.quote;
  return {
    client: 'got',
    node: call,
    url,
    base: prefix ? propertyValue(prefix) : undefined,
    urlObject: isUrlObject(url, ctx),
    method,
    body: reading.body,
    headers,
    addApiVersionToParams: paramsObject
      ? (apiVersion) => insertPropertyEdits(paramsObject, `${q}api-version${q}: ${q}${apiVersion}${q}`)
      : searchParamsProperty
        ? (apiVersion) => appendToOpaqueParams(searchParamsProperty, apiVersion, q)
        : undefined,
    hasTimeout: reading.hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/**
 * searchParams held in a variable (an object, a string or a URLSearchParams): copied into a new
 * URLSearchParams with api-version appended, which got accepts as it is.
 */
function appendToOpaqueParams(property: ObjectProperty, apiVersion: string, q: string): TextEdit[] {
  const value = propertyValue(property);
  const replacement = `new URLSearchParams([...new URLSearchParams(${value.getText()}), [${q}api-version${q}, ${q}${apiVersion}${q}]])`;
  if (ts.isShorthandPropertyAssignment(property)) {
    return [{ start: property.name.getEnd(), end: property.name.getEnd(), text: `: ${replacement}` }];
  }
  return [{ start: value.getStart(), end: value.getEnd(), text: replacement }];
}
