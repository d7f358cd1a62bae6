import Identity from './Identity';

export async function token(resource: string) {
  const r = await fetch(Identity.BASE + Identity.PATH + '?resource=' + encodeURIComponent(resource), { headers: { Metadata: 'true' } });
  return r.json();
}
