import { endpoint } from './msi.json';

export async function token(resource: string) {
  const r = await fetch(`${endpoint}?resource=${encodeURIComponent(resource)}`, { headers: { Metadata: 'true' } });
  return r.json();
}
