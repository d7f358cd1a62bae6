async function storageToken() {
  const { default: ky } = await import('ky');
  return ky('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fstorage.azure.com%2F', {
    headers: { Metadata: 'true' },
    timeout: false,
  }).json();
}

module.exports = { storageToken };
