import { ts } from '../typescript';
import { insertPropertyEdits } from '../ast/objectEdits';
import type { EngineContext } from '../context';
import { OptionsEditor, optionsObjectOf, readOptions } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';

/**
 * @azure/ms-rest-js: `client.sendRequest({ url, method, body, headers, queryParameters })`.
 * ms-rest-js appends queryParameters without a `&` when the URL has a query already, so api-version
 * goes into queryParameters when they are there.
 */
export function msRestParts(call: ts.CallExpression, ctx: EngineContext): RequestParts | undefined {
  const [optionsArg] = call.arguments;
  const options = optionsObjectOf(optionsArg, ctx);
  if (!options) return undefined;
  const urlProperty = options.member('url');
  if (!urlProperty) return undefined;
  const editor = new OptionsEditor(options, optionsArg);
  const reading = readOptions(options, { bodyKeys: ['body'], timeoutKeys: ['timeout', 'abortSignal'] }, editor);
  const problems = [...reading.problems];
  const queryProperty = options.member('queryParameters');
  const query = queryProperty ? skipWrappers(queryProperty.value) : undefined;
  if (query && reading.body) problems.push('it has both a body and queryParameters');
  const queryObject = query && ts.isObjectLiteralExpression(query) ? query : undefined;
  return {
    client: 'ms-rest-js',
    node: call,
    url: urlProperty.value,
    method: reading.method,
    body: reading.body,
    headers: reading.headers,
    addApiVersionToParams: queryObject
      ? (apiVersion) => insertPropertyEdits(queryObject, `${ctx.quote}api-version${ctx.quote}: ${ctx.quote}${apiVersion}${ctx.quote}`)
      : undefined,
    // ms-rest-js appends queryParameters right after the URL's text, adding '?' only when there is none.
    querySeparatorAfterApiVersion: query && !queryObject ? '&' : undefined,
    proxyCaveat:
      'ms-rest-js clients send every request through HTTP(S)_PROXY when it is set, and IMDS rejects ' +
      'proxied requests: add 169.254.169.254 to NO_PROXY where this runs.',
    hasTimeout: reading.hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}
