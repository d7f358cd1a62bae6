const { LOCAL_TOKEN_URL } = require('./endpoints');

// Runs only inside Azure Cloud Shell, whose local token service takes a form POST.
exports.shellToken = async (resource) => {
  if (!process.env.ACC_CLOUD) throw new Error('Cloud Shell only');
  const response = await fetch(LOCAL_TOKEN_URL, { method: 'POST', headers: { Metadata: 'true' }, body: new URLSearchParams({ resource }) });
  return response.json();
};
