import { useEffect, useState } from 'react';

export function TokenProbe({ resource }: { resource: string }) {
  const [ok, setOk] = useState(false);
  useEffect(() => {
    fetch(`http://localhost:50342/oauth2/token?resource=${resource}`, { headers: { Metadata: 'true' } }).then((r) => setOk(r.ok));
  }, [resource]);
  return <span>{ok ? 'token' : 'no token'}</span>;
}
