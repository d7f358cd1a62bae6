import cfg from './msi.json' with { type: 'json' };

export async function token(aud) {
  const u = new URL(cfg.endpoint);
  u.searchParams.set('resource', aud);
  const res = await fetch(u, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(cfg.timeout) });
  return res.json();
}
