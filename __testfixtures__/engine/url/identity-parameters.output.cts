async function getToken(resource: string, clientId: string, objectId: string, resourceId: string) {
  const byClient = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}&client_id=${clientId}`, { headers: { Metadata: 'true' } });
  const byObject = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}&object_id=${objectId}`, { headers: { Metadata: 'true' } });
  const byResourceId = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}&mi_res_id=${resourceId}`, { headers: { Metadata: 'true' } });
  return [byClient, byObject, byResourceId];
}
module.exports = { getToken };
