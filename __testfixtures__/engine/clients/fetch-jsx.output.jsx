export function Probe({ resource }) {
  const load = () => fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + resource, { headers: { Metadata: 'true' } });
  return <button onClick={load}>token</button>;
}
