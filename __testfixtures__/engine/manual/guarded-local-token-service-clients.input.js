// Cloud Shell's own clients, each behind a different kind of check: none of them is the VM extension, so
// each is an `info` and nothing is rewritten.
const inCloudShell = () => Boolean(process.env.ACC_CLOUD);
const IS_CLOUD_SHELL = !!process.env.AZUREPS_HOST_ENVIRONMENT;

exports.viaHelper = async (resource) => {
  if (inCloudShell()) {
    const response = await fetch('http://localhost:50342/oauth2/token', { method: 'POST', headers: { Metadata: 'true' }, body: new URLSearchParams({ resource }) });
    return response.json();
  }
  throw new Error('Cloud Shell only');
};

exports.viaFlag = async (resource) => {
  if (!IS_CLOUD_SHELL) return null;
  const response = await fetch('http://localhost:50342/oauth2/token', { method: 'POST', headers: { Metadata: 'true' }, body: new URLSearchParams({ resource }) });
  return response.json();
};

exports.viaEarlyThrow = async (resource) => {
  if (process.env.ACC_CLOUD === undefined) throw new Error('only inside Azure Cloud Shell');
  const response = await fetch('http://localhost:50342/oauth2/token', { method: 'POST', headers: { Metadata: 'true' }, body: 'resource=' + encodeURIComponent(resource) });
  return response.json();
};

exports.viaAnd = (resource) =>
  (process.env.ACC_CLOUD || process.env.ACC_TERM_ID) &&
  fetch('http://localhost:50342/oauth2/token', { method: 'POST', headers: { Metadata: 'true' }, body: new URLSearchParams({ resource }) });
