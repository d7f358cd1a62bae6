import { EnvHttpProxyAgent, request, setGlobalDispatcher } from 'undici';

// Everything this service sends goes through the corporate proxy from HTTPS_PROXY.
setGlobalDispatcher(new EnvHttpProxyAgent());

export async function getToken(resource: string): Promise<string> {
  const { body } = await request(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    headersTimeout: 3000,
  });
  return ((await body.json()) as { access_token: string }).access_token;
}
