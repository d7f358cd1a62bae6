// A request object filled field by field; the port from a connection's data with a string default; Metadata as a boolean.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

interface Connection {
  data?: { msiPort?: string };
}

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

function fetchToken(connection: Connection, resource: string): Promise<string> {
  const port = (connection.data && connection.data.msiPort) || '50342';
  const req: request.Options = { uri: '' };
  req.method = 'GET';
  req.uri = 'http://localhost:' + port + '/oauth2/token?resource=' + encodeURIComponent(resource);
  req.headers = { Metadata: true };
  req.timeout = 3000;
  req.json = true;
  return new Promise((resolve, reject) => {
    request(req, (error, response, body) => {
      if (error) return reject(error);
      if (response.statusCode !== 200) return reject(new Error(`token request failed: ${response.statusCode} ${JSON.stringify(body)}`));
      resolve(body.access_token);
    });
  });
}

export function getToken(resource: string): Promise<string> {
  return fetchToken({ data: {} }, resource);
}
