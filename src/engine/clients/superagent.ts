import { ts } from '../typescript';
import { propertyName } from '../ast/objectEdits';
import type { EngineContext } from '../context';
import type { BodyPart, RequestParts } from '../requests/types';
import { skipWrappers } from '../url/evaluate';
import type { TextEdit } from '../types';
import type { HttpClient } from './httpClient';

/** One `.name(args)` link of a superagent chain. */
interface ChainLink {
  name: string;
  call: ts.CallExpression;
  access: ts.PropertyAccessExpression;
}

/** superagent: `superagent.get|post(url).query().send().set().type()…`. */
export function superagentParts(call: ts.CallExpression, member: string | undefined, ctx: EngineContext): RequestParts | undefined {
  const args = call.arguments;
  if (!member || !['get', 'post', 'put', 'patch', 'del', 'delete', 'head'].includes(member) || args.length === 0) return undefined;
  const links = chainAfter(call);
  const problems: string[] = [];
  const removeLink = (link: ChainLink): TextEdit[] => [{ start: link.access.expression.getEnd(), end: link.call.getEnd(), text: '' }];
  const headerNames: Array<{ name: string; call: ts.CallExpression }> = [];
  for (const link of links) {
    if (link.name !== 'set') continue;
    const [first] = link.call.arguments;
    const node = first ? skipWrappers(first) : undefined;
    if (node && ts.isStringLiteralLike(node)) headerNames.push({ name: node.text, call: link.call });
    else if (node && ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        const name = propertyName(property);
        if (name) headerNames.push({ name, call: link.call });
        if (name && /^content-(type|length)$/i.test(name)) problems.push('it sets Content-Type inside a .set({...}) object');
      }
    } else problems.push('it sets headers from a value the tool cannot see');
  }
  const sends = links.filter((link) => link.name === 'send');
  if (sends.length > 1) problems.push('it calls .send() more than once');
  let body: BodyPart | undefined;
  const send = sends[0];
  if (send) {
    const name = send.access.name;
    const typeLinks = links.filter((link) => link.name === 'type');
    body = {
      expression: send.call.arguments[0] ?? send.call,
      remove: [],
      moveAlways: true,
      moveObject: () => [{ start: name.getStart(), end: name.getEnd(), text: 'query' }, ...typeLinks.flatMap(removeLink)],
    };
  }
  const name = (skipWrappers(call.expression) as ts.PropertyAccessExpression).name;
  void ctx;
  return {
    client: 'superagent',
    node: call,
    url: args[0],
    method: { value: member === 'del' ? 'DELETE' : member, toGet: () => [{ start: name.getStart(), end: name.getEnd(), text: 'get' }] },
    body,
    headers: {
      kind: 'chain',
      names: headerNames,
      addHeader: (header, value) => [
        { start: call.getEnd(), end: call.getEnd(), text: `.set(${ctx.quote}${header}${ctx.quote}, ${ctx.quote}${value}${ctx.quote})` },
      ],
      removeHeader: (setCall) => {
        const link = links.find((candidate) => candidate.call === setCall);
        return link ? removeLink(link) : [];
      },
    },
    hasTimeout: links.some((link) => link.name === 'timeout'),
    problems,
  };
}

/** The method calls chained onto `call`, innermost first: `a.get(u).set(…).query(…)` → set, query. */
function chainAfter(call: ts.CallExpression): ChainLink[] {
  const links: ChainLink[] = [];
  let current: ts.Expression = call;
  for (;;) {
    const access = current.parent;
    if (!access || !ts.isPropertyAccessExpression(access) || access.expression !== current) break;
    const next = access.parent;
    if (!next || !ts.isCallExpression(next) || next.expression !== access) break;
    links.push({ name: access.name.text, call: next, access });
    current = next;
  }
  return links;
}

/** superagent. */
export const superagentClient: HttpClient = {
  name: 'superagent',
  modules: ['superagent'],
  read: ({ call, member }, ctx) => superagentParts(call, member, ctx),
};
