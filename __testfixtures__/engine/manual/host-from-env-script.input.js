// A script that exports nothing and names no loopback host: the host comes from the environment, next to the
// extension's port and path. The text scan once ruled it out (it looked for a host written in the file).
async function printToken(resource) {
  const response = await fetch(`http://${process.env.MSI_HOST}:50342/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  console.log((await response.json()).access_token);
}

printToken(process.argv[2] ?? 'https://management.azure.com/');
