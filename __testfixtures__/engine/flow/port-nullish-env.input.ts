import fetch from 'node-fetch';

export interface MsiOptions {
  port?: number;
}

export async function msiToken(resource: string, options: MsiOptions = {}): Promise<string> {
  const port = options.port ?? Number(process.env.MSI_PORT ?? 50342);
  const res = await fetch(`http://127.0.0.1:${port}/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    timeout: 2000,
  });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}
