import http from 'node:http';
export function viaHttp(resource: string, cb: (res: http.IncomingMessage) => void) {
  const url = new URL('http://127.0.0.1:50342/oauth2/token');
  url.searchParams.set('resource', resource);
  return http.get(url, { headers: { Metadata: 'true' } }, cb);
}
export async function viaHref(resource: string) {
  const url = new URL('http://localhost:50342/oauth2/token');
  url.searchParams.append('resource', resource);
  return fetch(url.href, { headers: { Metadata: 'true' } });
}
