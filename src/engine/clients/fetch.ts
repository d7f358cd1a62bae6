import type { ts } from '../typescript';
import type { EngineContext } from '../context';
import { OptionsEditor, optionsObjectOf, readOptions } from '../requests/options';
import type { RequestParts } from '../requests/types';
import { isUrlObject } from './urlObject';

/** Global `fetch`, node-fetch, undici, cross-fetch: `fetch(url, { method, body, headers })`. */
export function fetchParts(call: ts.CallExpression, ctx: EngineContext): RequestParts | undefined {
  const [url, init] = call.arguments;
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
    urlObject: isUrlObject(url, ctx),
    method: reading.method,
    body: reading.body,
    headers: reading.headers,
    hasTimeout: reading.hasTimeout,
    problems,
    finalEdits: () => editor.edits(),
  };
}
