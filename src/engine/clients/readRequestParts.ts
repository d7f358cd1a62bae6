import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { RequestParts } from '../requests/types';
import { originOf, splitCallee } from './identify';
import { msRestParts } from './msRest';
import { clientForGlobal } from './table';

/** Recognises a call to a supported HTTP client and reads its request parts; undefined for any other call. */
export function readRequestParts(call: ts.CallExpression, ctx: EngineContext): RequestParts | undefined {
  const { receiver, member } = splitCallee(call.expression);
  // `fetch(…)`, `axios(…)`, `got(…)`: the callee itself is the client.
  const direct = originOf(call.expression, ctx.scope);
  if (direct?.kind === 'global') {
    const client = clientForGlobal(direct.name);
    return client?.read({ call, member: undefined }, ctx);
  }
  if (direct?.kind === 'module' && direct.client) {
    const named = direct.importedName !== 'default' && direct.importedName !== '*' ? direct.importedName : undefined;
    return direct.client.read({ call, member: named }, ctx);
  }
  if (direct?.kind === 'instance') return direct.client.read({ call, member: undefined, instance: direct.factory }, ctx);
  if (member === undefined) return undefined;
  // `axios.post(…)`, `client.get(…)`, `globalThis.fetch(…)`: a method of a module, an instance or a global.
  const origin = originOf(receiver, ctx.scope);
  if (!origin) return undefined;
  if (origin.kind === 'global') {
    if (origin.name !== 'globalThis' && origin.name !== 'window' && origin.name !== 'self') return undefined;
    return clientForGlobal(member)?.read({ call, member: undefined }, ctx);
  }
  if (origin.kind === 'instance') return origin.client.read({ call, member, instance: origin.factory }, ctx);
  if (!origin.client) return undefined;
  const named = origin.importedName !== 'default' && origin.importedName !== '*' ? origin.importedName : undefined;
  // `import { get } from 'axios'; get.call` is not a request; `import * as http; http.get` is.
  if (named !== undefined) return undefined;
  return origin.client.read({ call, member }, ctx);
}

/** `client.sendRequest({...})` of @azure/ms-rest-js (any receiver: clients are built many ways). */
export function readMsRestParts(call: ts.CallExpression, ctx: EngineContext, fileUsesMsRest: boolean): RequestParts | undefined {
  if (!fileUsesMsRest || !ts.isPropertyAccessExpression(call.expression) || !['sendRequest', 'prepare'].includes(call.expression.name.text))
    return undefined;
  return msRestParts(call, ctx);
}
