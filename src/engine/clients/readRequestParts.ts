import { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { RequestParts } from '../requests/types';
import { axiosParts } from './axios';
import { fetchParts } from './fetch';
import { gotParts } from './got';
import { httpParts } from './http';
import { calleeChain, originOf } from './identify';
import { msRestParts } from './msRest';
import { needleParts } from './needle';
import { requestParts } from './request';
import { superagentParts } from './superagent';

/** Recognises a call to a supported HTTP client and reads its request parts; undefined for any other call. */
export function readRequestParts(call: ts.CallExpression, ctx: EngineContext): RequestParts | undefined {
  const { root, members: allMembers } = calleeChain(call.expression);
  if (!root) return undefined;
  const members = allMembers.filter((member) => member !== 'default');
  if (members.length > 1) return undefined;
  const member = members[0];
  const origin = originOf(root, ctx.scope);
  if (!origin) return undefined;
  if (origin.kind === 'global') {
    if (root.text === 'fetch' && member === undefined) return fetchParts(call, ctx);
    if ((root.text === 'globalThis' || root.text === 'window') && member === 'fetch') return fetchParts(call, ctx);
    if (member === 'sendRequest') return undefined;
    return undefined;
  }
  if (origin.kind === 'instance') {
    return origin.moduleName === 'axios' ? axiosParts(call, member, origin.factory, ctx) : gotParts(call, member, origin.factory, ctx);
  }
  const named = origin.importedName !== 'default' && origin.importedName !== '*' ? origin.importedName : undefined;
  const method = member ?? named;
  switch (origin.moduleName) {
    case 'node-fetch':
      return method === undefined || method === 'fetch' ? fetchParts(call, ctx) : undefined;
    case 'axios':
      return axiosParts(call, method, undefined, ctx);
    case 'request':
      return requestParts(call, method, ctx);
    case 'got':
      return gotParts(call, method, undefined, ctx);
    case 'superagent':
      return superagentParts(call, method, ctx);
    case 'needle':
      return needleParts(call, method, ctx);
    case 'http':
    case 'https':
      return httpParts(call, method, ctx);
    default:
      return undefined;
  }
}

/** `client.sendRequest({...})` of @azure/ms-rest-js (any receiver: clients are built many ways). */
export function readMsRestParts(call: ts.CallExpression, ctx: EngineContext, fileUsesMsRest: boolean): RequestParts | undefined {
  if (!fileUsesMsRest || !ts.isPropertyAccessExpression(call.expression) || !['sendRequest', 'prepare'].includes(call.expression.name.text))
    return undefined;
  return msRestParts(call, ctx);
}
