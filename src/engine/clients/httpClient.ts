import type { ts } from '../typescript';
import type { EngineContext } from '../context';
import type { RequestParts } from '../requests/types';

/** How a call reaches an HTTP client: the method called, and the instance (factory call) it goes through. */
export interface ClientCall {
  call: ts.CallExpression;
  /** The method called on the module or instance (`post`), or undefined for a direct call (`axios(…)`). */
  member: string | undefined;
  /** The factory call that made the instance (`axios.create({ baseURL })`), when the call goes through one. */
  instance?: ts.CallExpression;
}

/**
 * One HTTP client the engine understands: how code reaches it and how to read a call's parts. Adding a
 * client is one file that exports one of these and one entry in src/engine/clients/table.ts.
 */
export interface HttpClient {
  /** The name used in messages. */
  name: string;
  /** Module names that export the client (aliases included: `node:http`, `request-promise`…). */
  modules: readonly string[];
  /** Global names that are the client (`fetch`). */
  globals?: readonly string[];
  /** Methods that make an instance (`create`, `extend`, `defaults`): its calls are read with that factory's options. */
  factories?: readonly string[];
  /** Reads the request parts off one call, or undefined when the call is not a request of this client. */
  read(call: ClientCall, ctx: EngineContext): RequestParts | undefined;
}
