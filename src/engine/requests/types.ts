import type { ts } from '../typescript';
import type { TextEdit } from '../types';
import type { OptionsObject } from './optionsObject';

/** Where a request's headers live, and how to add one. */
export type HeaderSlot =
  | { kind: 'object'; object: OptionsObject }
  | { kind: 'absent'; addHeaders: (headersText: string) => TextEdit[] }
  | {
      kind: 'chain';
      names: Array<{ name: string; call: ts.CallExpression }>;
      addHeader: (name: string, value: string) => TextEdit[];
      removeHeader: (call: ts.CallExpression) => TextEdit[];
    }
  | { kind: 'opaque'; node: ts.Node };

/** A form body and how to move it into the query. */
export interface BodyPart {
  expression: ts.Expression;
  /** Edits that delete the body from the request (the property, the argument, the `.send()` call…). */
  remove: TextEdit[];
  /**
   * Client-specific move of an object-literal body into the query (`form:` → `qs:`), or undefined when
   * the body's string value is appended to the URL instead.
   */
  moveObject?: () => TextEdit[] | string;
  /** Use `moveObject` whatever the body's type (superagent `.send()` → `.query()` takes strings too). */
  moveAlways?: boolean;
}

/** Host and port given as separate options (`http.request({ host, port, path })`): edited apart from the path. */
export interface AuthorityOptions {
  /** The host value (a literal naming a loopback host); undefined when the options name none (Node's default, localhost). */
  host?: ts.Expression;
  /** True when the port option is 50342 however written. */
  legacyPort: boolean;
  /** The port's source text, for the MI evidence test. */
  portText?: string;
  /** The port option's value, which the rewrite removes. */
  portExpression?: ts.Expression;
  edits: TextEdit[];
}

/** What a client adapter reads off one call: everything the generic planner needs. */
export interface RequestParts {
  /** The client's name, for messages (see src/engine/clients/table.ts). */
  client: string;
  /** The call reported (its start is the finding's location). */
  node: ts.Node;
  /** The URL (or, with `base`, the path) expression as written at the call. */
  url: ts.Expression;
  /** Separate host/port options, when the URL is not one value (`url` is then the path). */
  authority?: AuthorityOptions;
  /** True when the URL is a WHATWG `URL` object whose query is extended through `searchParams`. */
  urlObject?: boolean;
  /** A base URL from a client instance (`axios.create({ baseURL })`, `got.extend({ prefixUrl })`). */
  base?: ts.Expression;
  /** Code the rewrite edits away from the call, whose reads of a rewritten const are the request's own (a `new Request(…)` held by a const). */
  extraSites?: ts.Node[];
  /** The verb and how to turn it into GET; undefined means GET. */
  method?: { value: string; toGet: () => TextEdit[] };
  body?: BodyPart;
  headers: HeaderSlot;
  /**
   * When the client replaces the URL's query with its own parameters (got `searchParams`, needle GET data,
   * ms-rest-js `queryParameters`), the edits that add api-version there instead of to the URL.
   */
  addApiVersionToParams?: (apiVersion: string) => TextEdit[];
  /** Text to put right after an api-version added to the URL (ms-rest-js joins its own parameters without '&'). */
  querySeparatorAfterApiVersion?: string;
  /** Edits that make a client which honours HTTP(S)_PROXY bypass it for this call. */
  bypassProxy?: () => TextEdit[];
  /** Why the client may still send this request through HTTP(S)_PROXY after the rewrite, if it may. */
  proxyCaveat?: string;
  /** True when the call sets a timeout (or an abort signal). */
  hasTimeout: boolean;
  /** Edits collected while planning (added options), produced once at the end. */
  finalEdits?: () => TextEdit[];
  /** Things the adapter saw but cannot rewrite safely: each makes the request a manual-review item. */
  problems: string[];
}
