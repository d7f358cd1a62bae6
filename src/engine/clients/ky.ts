import { ts } from '../typescript';
import { insertPropertyEdits } from '../ast/objectEdits';
import { skipWrappers } from '../ast/wrappers';
import type { TextEdit } from '../types';
import type { EngineContext } from '../context';
import { requestOrInstanceHeaders } from '../requests/headers';
import { OptionsEditor, optionsObjectOf, readOptions, type OptionMember, type OptionsObject } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { originOf } from './identify';
import { dispatcherProxy } from './undici';
import { isUrlObject } from './urlObject';
import type { HttpClient } from './httpClient';

const VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

/**
 * ky: `ky(input, options)`, `ky.get|post|…(input, options)`, and instances from `ky.create|extend({ prefixUrl, … })`.
 * Like got's, ky's `searchParams` replaces the URL's query, so api-version goes into it when it is there.
 * ky has a default timeout of 10 s (for the request and its retries): only `timeout: false` leaves a call without one.
 */
export function kyParts(
  call: ts.CallExpression,
  member: string | undefined,
  instance: ts.CallExpression | undefined,
  ctx: EngineContext,
): RequestParts | undefined {
  if (member !== undefined && !VERBS.includes(member)) return undefined;
  const [input, optionsArg] = call.arguments;
  if (!input || ts.isObjectLiteralExpression(skipWrappers(input))) return undefined;
  const chain = instanceChain(instance, ctx);
  const options = optionsObjectOf(optionsArg, ctx);
  const problems: string[] = [];
  if (optionsArg && !options) problems.push('its options come from a value the tool cannot see');
  if (chain.problem) problems.push(chain.problem);
  const layers = [options, ...chain.configs].filter((layer): layer is OptionsObject => layer !== undefined);
  const nearest = (key: string) => layers.map((layer) => layer.member(key)).find((found) => found !== undefined);

  const editor = new OptionsEditor(options, optionsArg ?? input);
  const reading = readOptions(options, { bodyKeys: ['body'], timeoutKeys: [] }, editor);
  problems.push(...reading.problems);
  let method = reading.method;
  if (member !== undefined) {
    if (method) problems.push('it sets the verb twice');
    const name = (skipWrappers(call.expression) as ts.PropertyAccessExpression).name;
    method = { value: member, toGet: () => [{ start: name.getStart(), end: name.getEnd(), text: 'get' }] };
  }
  if (layers.some((layer) => layer.member('json'))) problems.push('it sends a JSON body, and IMDS takes its parameters in the query only');
  if (chain.configs.some((config) => config.member('method') || config.member('body')))
    problems.push('its instance sets the verb or a body');
  if (chain.configs.some((config) => config.member('searchParams')))
    problems.push("its instance sets searchParams, which replace the URL's query");

  let addApiVersionToParams: RequestParts['addApiVersionToParams'];
  const searchParams = options?.member('searchParams');
  if (searchParams) {
    addApiVersionToParams = (apiVersion) => addToSearchParams(options!, searchParams, apiVersion, ctx);
    if (reading.body) problems.push('its body would be appended to a URL whose query ky replaces with searchParams');
  }

  // `prefixUrl: ''` at the call drops the instance's prefix.
  const prefix = nearest('prefixUrl');
  const prefixValue = prefix ? skipWrappers(prefix.value) : undefined;
  const base = prefixValue && !(ts.isStringLiteralLike(prefixValue) && prefixValue.text === '') ? prefix!.value : undefined;

  let headers = reading.headers;
  for (const config of chain.configs) headers = requestOrInstanceHeaders(headers, config);

  const timeout = nearest('timeout');
  const hasTimeout =
    layers.some((layer) => layer.member('signal')) || !timeout || skipWrappers(timeout.value).kind !== ts.SyntaxKind.FalseKeyword;
  const proxy = dispatcherProxy(
    options,
    chain.configs.find((config) => config.member('dispatcher')),
    ctx,
  );
  if (proxy.problem) problems.push(proxy.problem);
  const ownFetch = nearest('fetch');
  const proxyCaveat = ownFetch
    ? 'This request goes through a fetch function of its own (the fetch option); if it uses a proxy, IMDS will reject the request. ' +
      'Add 169.254.169.254 to NO_PROXY where this runs.'
    : proxy.caveat;
  return {
    client: 'ky',
    node: call,
    url: input,
    base,
    urlObject: isUrlObject(input, ctx),
    method,
    body: reading.body,
    headers,
    addApiVersionToParams,
    proxyCaveat,
    hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}

/**
 * The options of the instance a call goes through, nearest first: `extend` inherits its parent's
 * (`ky.create({ prefixUrl }).extend({ headers })`), `create` starts afresh.
 */
function instanceChain(instance: ts.CallExpression | undefined, ctx: EngineContext): { configs: OptionsObject[]; problem?: string } {
  const configs: OptionsObject[] = [];
  let factory = instance;
  for (let depth = 0; factory && depth < 6; depth++) {
    const argument = factory.arguments[0];
    if (argument) {
      const config = optionsObjectOf(argument, ctx);
      if (!config) return { configs, problem: 'its instance is configured by a value or a function the tool cannot see' };
      if (config.problems.length > 0)
        return { configs, problem: `its instance is configured in a way the tool cannot follow (${config.problems[0]})` };
      configs.push(config);
    }
    const callee = skipWrappers(factory.expression) as ts.PropertyAccessExpression;
    if (callee.name.text !== 'extend') break;
    const parent = originOf(callee.expression, ctx.scope);
    factory = parent?.kind === 'instance' ? parent.factory : undefined;
  }
  return { configs };
}

/**
 * Adds api-version to `searchParams`: into its object literal (written there or held by a const, also as
 * `new URLSearchParams({…})`), else by copying the value into a new URLSearchParams, which ky takes as it is.
 */
function addToSearchParams(options: OptionsObject, property: OptionMember, apiVersion: string, ctx: EngineContext): TextEdit[] {
  const q = ctx.quote;
  const entry = `${q}api-version${q}: ${q}${apiVersion}${q}`;
  const object = options.nested('searchParams');
  if (object && object.problems.length === 0) return object.insert([entry]);
  const init = urlSearchParamsInit(property.value, ctx);
  if (init) return insertPropertyEdits(init, entry);
  const replacement = `new URLSearchParams([...new URLSearchParams(${property.value.getText()}), [${q}api-version${q}, ${q}${apiVersion}${q}]])`;
  if (ts.isShorthandPropertyAssignment(property.node))
    return [{ start: property.node.name.getEnd(), end: property.node.name.getEnd(), text: `: ${replacement}` }];
  return [{ start: property.value.getStart(), end: property.value.getEnd(), text: replacement }];
}

/**
 * The object literal of `new URLSearchParams({…})` written at the use, or held by a const that is
 * otherwise only filled in (`params.set(…)`, `params.append(…)`), so that nothing else sees the new entry.
 */
function urlSearchParamsInit(value: ts.Expression, ctx: EngineContext): ts.ObjectLiteralExpression | undefined {
  let node = skipWrappers(value);
  if (ts.isIdentifier(node)) {
    const binding = ctx.scope.bindingOf(node);
    if (binding?.kind !== 'variable' || !binding.isConst || !binding.declaration.initializer) return undefined;
    const use = node;
    const elsewhere = ctx.scope.referencesOf(binding.declaration).filter((reference) => reference !== use && !isFilledIn(reference));
    if (elsewhere.length > 0) return undefined;
    node = skipWrappers(binding.declaration.initializer);
  }
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'URLSearchParams') return undefined;
  const init = node.arguments?.[0] ? skipWrappers(node.arguments[0]) : undefined;
  return init && ts.isObjectLiteralExpression(init) ? init : undefined;
}

/** `params.set(…)` or `params.append(…)` as a statement. */
function isFilledIn(reference: ts.Identifier): boolean {
  const access = reference.parent;
  if (!ts.isPropertyAccessExpression(access) || access.expression !== reference || !['set', 'append'].includes(access.name.text))
    return false;
  const call = access.parent;
  return ts.isCallExpression(call) && call.expression === access && ts.isExpressionStatement(call.parent);
}

/** ky, and instances from `ky.create(options)` and `ky.extend(options)`. */
export const kyClient: HttpClient = {
  name: 'ky',
  modules: ['ky'],
  factories: ['create', 'extend'],
  read: ({ call, member, instance }, ctx) => kyParts(call, member, instance, ctx),
};
