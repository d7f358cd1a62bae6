import { useEffect, useState } from 'react';

export function TokenProbe({ resource }: { resource: string }) {
  const [ok, setOk] = useState(false);
  useEffect(() => {
    fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}`, { headers: { Metadata: 'true' } }).then((r) => setOk(r.ok));
  }, [resource]);
  return <span>{ok ? 'token' : 'no token'}</span>;
}
