// An axios instance kept in a class member, its baseURL built in the constructor from a default port.
import axios, { type AxiosInstance } from 'axios';
import type { CaseCall } from '../behaviourCase';

class ArmTokenSource {
  private readonly http: AxiosInstance;

  constructor(port = 50342) {
    this.http = axios.create({ baseURL: `http://localhost:${port}`, headers: { Metadata: 'true' }, timeout: 3000 });
  }

  async token(resource: string, clientId?: string): Promise<string> {
    const { data } = await this.http.get('/oauth2/token', { params: { resource, client_id: clientId } });
    return data.access_token;
  }
}

export const sends: CaseCall = { resource: 'https://management.azure.com/', identity: { client_id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d' } };

export function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  return new ArmTokenSource().token(resource, identity?.client_id);
}
