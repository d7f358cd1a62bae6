import fetch from 'node-fetch';

export interface MsiOptions {
  port?: number;
}

export async function msiToken(resource: string, options: MsiOptions = {}): Promise<string> {
  const res = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    timeout: 2000,
  });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}
