export function Probe({ resource }) {
  const load = () => fetch('http://localhost:50342/oauth2/token?resource=' + resource, { headers: { Metadata: 'true' } });
  return <button onClick={load}>token</button>;
}
