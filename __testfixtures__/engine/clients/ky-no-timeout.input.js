async function storageToken() {
  const { default: ky } = await import('ky');
  return ky('http://localhost:50342/oauth2/token?resource=https%3A%2F%2Fstorage.azure.com%2F', {
    headers: { Metadata: 'true' },
    timeout: false,
  }).json();
}

module.exports = { storageToken };
