async function getToken(resource: string, clientId: string, objectId: string, resourceId: string) {
  const byClient = await fetch(`http://localhost:50342/oauth2/token?resource=${resource}&client_id=${clientId}`, { headers: { Metadata: 'true' } });
  const byObject = await fetch(`http://localhost:50342/oauth2/token?resource=${resource}&object_id=${objectId}`, { headers: { Metadata: 'true' } });
  const byResourceId = await fetch(`http://localhost:50342/oauth2/token?resource=${resource}&mi_res_id=${resourceId}`, { headers: { Metadata: 'true' } });
  return [byClient, byObject, byResourceId];
}
module.exports = { getToken };
