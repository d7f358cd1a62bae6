import type { ts } from 'ts-morph';
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
  const reading = readOptions(options, { bodyKeys: ['body'] }, editor, ctx);
  return {
    client: 'fetch',
    node: call,
    url,
    urlObject: isUrlObject(url, ctx),
    method: reading.method,
    body: reading.body,
    headers: init && !options ? { kind: 'opaque', node: init } : reading.headers,
    hasTimeout: reading.hasTimeout,
    problems: reading.problems,
    finalEdits: () => editor.edits(),
  };
}
