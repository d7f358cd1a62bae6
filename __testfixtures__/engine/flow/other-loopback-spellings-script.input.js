// A script, not a module: it exports nothing, so the text scan has only the hosts to go by. The same machine,
// spelt as 127/8 beyond 127.0.0.1, as 0.0.0.0, in capitals, and as ::1 in Node's own `host` option.
const http = require('node:http');

async function printToken(resource) {
  const response = await fetch(`http://127.0.0.2:50342/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  console.log((await response.json()).access_token);
}

async function printStorageToken() {
  const response = await fetch('http://0.0.0.0:50342/oauth2/token?resource=https://storage.azure.com/', {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  console.log((await response.json()).expires_on);
}

async function printGraphToken() {
  const response = await fetch('http://LOCALHOST:50342/oauth2/token?resource=https://graph.microsoft.com/', {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  console.log((await response.json()).token_type);
}

http
  .get({ host: '::1', port: 50342, path: '/oauth2/token?resource=https://vault.azure.net', headers: { Metadata: 'true' }, timeout: 3000 }, (res) =>
    res.pipe(process.stdout),
  )
  .on('error', (error) => console.error(error.message));

printToken('https://management.azure.com/').then(printStorageToken).then(printGraphToken);
