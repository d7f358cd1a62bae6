import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { skipWrappers } from '../ast/wrappers';
import type { TextEdit } from '../types';
import { headerSlotOf } from './headers';
import { OptionsObject, type OptionMember } from './optionsObject';
import type { BodyPart, HeaderSlot, RequestParts } from './types';
import { constructorOf } from '../values/constructed';

export { OptionsObject, type OptionMember };

/** Rewrites a string-literal verb to GET in place, keeping its quotes and its case habit. */
export function methodToGet(literal: ts.StringLiteralLike): TextEdit[] {
  const get = literal.text === literal.text.toLowerCase() ? 'get' : 'GET';
  return [{ start: literal.getStart() + 1, end: literal.getEnd() - 1, text: get }];
}

/**
 * The options object an argument is: a literal, or one built elsewhere in the file and filled in by
 * assignments (see OptionsObject).
 */
export function optionsObjectOf(expression: ts.Expression | undefined, ctx: EngineContext): OptionsObject | undefined {
  return OptionsObject.of(expression, ctx.scope);
}

export interface OptionsReading {
  method?: RequestParts['method'];
  body?: BodyPart;
  headers: HeaderSlot;
  hasTimeout: boolean;
  problems: string[];
}

export interface OptionsKeys {
  /** Property names that may carry the body, in order of preference. */
  bodyKeys: string[];
  /** Builds the move of an object body into the query, for clients that have one (`form` → `qs`). */
  moveObject?: (body: OptionMember) => () => TextEdit[] | string;
  timeoutKeys?: string[];
}

/** Reads verb, body, headers and timeout off an options object (fetch init, axios config, …). */
export function readOptions(options: OptionsObject | undefined, keys: OptionsKeys, editor: OptionsEditor): OptionsReading {
  const addOptions = (propertyText: string) => editor.add(propertyText);
  const timeoutKeys = keys.timeoutKeys ?? ['timeout', 'signal'];
  if (!options) {
    return { headers: headerSlotOf(undefined, addOptions), hasTimeout: false, problems: [] };
  }
  const problems = [...options.problems];
  let method: RequestParts['method'];
  const methodMember = options.member('method');
  if (methodMember) {
    const value = skipWrappers(methodMember.value);
    if (ts.isStringLiteralLike(value)) method = { value: value.text, toGet: () => methodToGet(value) };
    else problems.push('its verb is not a literal');
  }
  let body: BodyPart | undefined;
  for (const key of keys.bodyKeys) {
    const member = options.member(key);
    if (!member) continue;
    body = { expression: member.value, remove: member.remove(), moveObject: keys.moveObject?.(member) };
    break;
  }
  const hasTimeout = timeoutKeys.some((key) => options.member(key) !== undefined);
  const agentProblem = proxiedAgent(options);
  if (agentProblem) problems.push(agentProblem);
  return { method, body, headers: headerSlotOf(options, addOptions), hasTimeout, problems };
}

/** Agents that connect to the origin themselves (node's http.Agent, agentkeepalive's). */
const DIRECT_AGENTS = ['Agent', 'HttpAgent'];

/**
 * What stops a rewrite in the request's agent (`agent` of node-fetch, http, request, needle; got's `agent.http`;
 * axios's `httpAgent`): a proxy agent (`HttpsProxyAgent`, `ProxyAgent`…) would send IMDS's link-local request to
 * the proxy, which IMDS rejects; an agent the tool cannot see may be one. `false` and a plain `http.Agent` are fine.
 */
function proxiedAgent(options: OptionsObject): string | undefined {
  for (const key of ['agent', 'httpAgent']) {
    const member = options.member(key);
    if (!member) continue;
    let value = skipWrappers(member.value);
    if (value.kind === ts.SyntaxKind.FalseKeyword || value.kind === ts.SyntaxKind.UndefinedKeyword) continue;
    if (ts.isObjectLiteralExpression(value)) {
      // got: `agent: { http: …, https: … }`; IMDS is plain http.
      const http = options.nested(key)?.member('http');
      if (!http) continue;
      value = skipWrappers(http.value);
    }
    const name = constructorOf(value, options.scope)?.name;
    if (name && DIRECT_AGENTS.includes(name)) continue;
    if (name && /ProxyAgent$/.test(name))
      return `its agent is a ${name}, and IMDS rejects proxied requests (give it no agent, or a plain http.Agent)`;
    return (
      `its agent (\`${value.getText()}\`) is one the tool cannot see: a proxy agent would send the request to the proxy, ` +
      'which IMDS rejects (give it no agent, or a plain http.Agent)'
    );
  }
  return undefined;
}

/**
 * Collects the properties a rewrite adds to one options object (or to an options argument it creates),
 * so that several additions become one edit instead of colliding insertions.
 */
export class OptionsEditor {
  private readonly added: string[] = [];

  constructor(
    private readonly options: OptionsObject | undefined,
    /** The node after which a new options argument goes when there is none. */
    private readonly after: ts.Node,
  ) {}

  add(propertyText: string): TextEdit[] {
    this.added.push(propertyText);
    return [];
  }

  edits(): TextEdit[] {
    if (this.added.length === 0) return [];
    if (this.options) return this.options.insert(this.added);
    return [{ start: this.after.getEnd(), end: this.after.getEnd(), text: `, { ${this.added.join(', ')} }` }];
  }
}
