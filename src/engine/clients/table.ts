import type { HttpClient } from './httpClient';
import { axiosClient } from './axios';
import { fetchClient } from './fetch';
import { gotClient } from './got';
import { httpClient } from './http';
import { kyClient } from './ky';
import { needleClient } from './needle';
import { requestClient } from './request';
import { superagentClient } from './superagent';
import { undiciClient } from './undici';

/** Every HTTP client the engine reads calls of (ms-rest-js is read by its `sendRequest` call alone). */
export const HTTP_CLIENTS: readonly HttpClient[] = [
  fetchClient,
  axiosClient,
  requestClient,
  gotClient,
  superagentClient,
  needleClient,
  httpClient,
  kyClient,
  undiciClient,
];

let byModule: Map<string, HttpClient> | undefined;

/** The client a module name exports, if the engine knows it. */
export function clientForModule(moduleName: string): HttpClient | undefined {
  if (!byModule) byModule = new Map(HTTP_CLIENTS.flatMap((client) => client.modules.map((name) => [name, client] as const)));
  return byModule.get(moduleName);
}

/** The client a global name is (`fetch`), if any. */
export function clientForGlobal(name: string): HttpClient | undefined {
  return HTTP_CLIENTS.find((client) => client.globals?.includes(name));
}
