import { MSI_URL } from '..';

export async function token(resource: string) {
  const r = await fetch(`${MSI_URL}?resource=${encodeURIComponent(resource)}`, { headers: { Metadata: 'true' } });
  return r.json();
}
