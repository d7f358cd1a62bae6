import { ts } from '../typescript';
import { insertPropertyEdits } from '../ast/objectEdits';
import type { TextEdit } from '../types';
import type { EngineContext } from '../context';
import { requestOrInstanceHeaders } from '../requests/headers';
import { OptionsEditor, optionsObjectOf, readOptions, type OptionMember } from '../requests/options';
import { isStringLike } from '../values/stringLike';
import type { RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';
import { isUrlObject } from './urlObject';
import type { HttpClient } from './httpClient';

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
  const prefix = extendConfig?.member('prefixUrl');
  if (instance && instance.arguments.length > 0 && !extendConfig) return undefined;
  const url = args[0];
  const optionsArg = args[1];
  const options = optionsObjectOf(optionsArg, ctx);
  const problems: string[] = [];
  if (optionsArg && !options) problems.push('its options come from a value the tool cannot see');
  const editor = new OptionsEditor(options, optionsArg ?? url);
  const searchParamsProperty = options?.member('searchParams');
  const searchParams = searchParamsProperty ? skipWrappers(searchParamsProperty.value) : undefined;
  const form = options?.member('form');
  const reading = readOptions(
    options,
    {
      bodyKeys: ['form', 'body'],
      moveObject: (form) => () =>
        ts.isObjectLiteralExpression(skipWrappers(form.value))
          ? (form.rename('searchParams') ?? 'it has both a form body and searchParams')
          : moveOpaqueForm(form, ctx.apiVersion, ctx.quote),
      timeoutKeys: ['timeout', 'signal'],
    },
    editor,
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
  const headers = requestOrInstanceHeaders(reading.headers, extendConfig);
  if (extendConfig && extendConfig.problems.length > 0)
    problems.push(`its instance is configured in a way the tool cannot follow (${extendConfig.problems[0]})`);
  const q = ctx.quote;
  return {
    client: 'got',
    node: call,
    url,
    base: prefix?.value,
    urlObject: isUrlObject(url, ctx),
    method,
    body: reading.body,
    headers,
    addApiVersionToParams: paramsObject
      ? (apiVersion) => insertPropertyEdits(paramsObject, `${q}api-version${q}: ${q}${apiVersion}${q}`)
      : searchParamsProperty
        ? (apiVersion) => appendToOpaqueParams(searchParamsProperty, apiVersion, q)
        : form && reading.body?.expression === form.value && !isStringLike(form.value, ctx)
          ? () => [] // the form moved to searchParams carries api-version (moveOpaqueForm)
          : undefined,
    hasTimeout: reading.hasTimeout || extendConfig?.member('timeout') !== undefined || extendConfig?.member('signal') !== undefined,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/**
 * searchParams held in a variable (an object, a string or a URLSearchParams): copied into a new
 * URLSearchParams with api-version appended, which got accepts as it is.
 */
function appendToOpaqueParams(property: OptionMember, apiVersion: string, q: string): TextEdit[] {
  const value = property.value;
  const replacement = withApiVersion(value, apiVersion, q);
  if (ts.isShorthandPropertyAssignment(property.node)) {
    return [{ start: property.node.name.getEnd(), end: property.node.name.getEnd(), text: `: ${replacement}` }];
  }
  return [{ start: value.getStart(), end: value.getEnd(), text: replacement }];
}

/**
 * A form held in a variable (`{ form }`, `form: fields`): renamed to searchParams and copied with
 * api-version added, since got's searchParams replaces the URL's query (api-version there would be lost).
 */
function moveOpaqueForm(form: OptionMember, apiVersion: string, q: string): TextEdit[] | string {
  if (form.key !== 'form') return 'its body is not a form the tool can move into the query';
  const renamed = form.rename('searchParams');
  if (!renamed) return 'it has both a form body and searchParams';
  if (renamed.length !== 1 || !(ts.isPropertyAssignment(form.node) || ts.isShorthandPropertyAssignment(form.node)))
    return 'its form body is set in more than one place';
  const wrapped = withApiVersion(form.value, apiVersion, q);
  const name = form.node.name;
  if (ts.isShorthandPropertyAssignment(form.node))
    return [{ start: name.getStart(), end: name.getEnd(), text: `searchParams: ${wrapped}` }];
  return [...renamed, { start: form.value.getStart(), end: form.value.getEnd(), text: wrapped }];
}

function withApiVersion(params: ts.Expression, apiVersion: string, q: string): string {
  return `new URLSearchParams([...new URLSearchParams(${params.getText()}), [${q}api-version${q}, ${q}${apiVersion}${q}]])`;
}

/** got, and instances from `got.extend(options)`. */
export const gotClient: HttpClient = {
  name: 'got',
  modules: ['got'],
  factories: ['extend'],
  read: ({ call, member, instance }, ctx) => gotParts(call, member, instance, ctx),
};
