import ep from './endpoint.cjs';

export async function token(resource) {
  const r = await fetch(`${ep.url}?resource=${encodeURIComponent(resource)}`, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });
  return (await r.json()).access_token;
}
