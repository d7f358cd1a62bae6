import http from 'node:http';
export function viaHttp(resource: string, cb: (res: http.IncomingMessage) => void) {
  const url = new URL('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01');
  url.searchParams.set('resource', resource);
  return http.get(url, { headers: { Metadata: 'true' } }, cb);
}
export async function viaHref(resource: string) {
  const url = new URL('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01');
  url.searchParams.append('resource', resource);
  return fetch(url.href, { headers: { Metadata: 'true' } });
}
