// A provider class: a static readonly endpoint, URLSearchParams filled with append, a per-resource cache.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { object_id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' },
};

class IdentityTokenProvider {
  private static readonly TOKEN_ENDPOINT = 'http://localhost:50342/oauth2/token';
  private readonly cache = new Map<string, { value: string; expiresOn: number }>();

  async token(resource: string, objectId?: string): Promise<string> {
    const key = `${resource}|${objectId ?? ''}`;
    const cached = this.cache.get(key);
    if (cached && cached.expiresOn - 300 > Date.now() / 1000) return cached.value;
    const query = new URLSearchParams();
    query.append('resource', resource);
    if (objectId) query.append('object_id', objectId);
    const { data } = await axios.get(`${IdentityTokenProvider.TOKEN_ENDPOINT}?${query.toString()}`, {
      headers: { Metadata: 'true' },
      timeout: 3000,
    });
    this.cache.set(key, { value: data.access_token, expiresOn: Number(data.expires_on) });
    return data.access_token;
  }
}

export function getToken(resource: string, identity?: { object_id?: string }): Promise<string> {
  return new IdentityTokenProvider().token(resource, identity?.object_id);
}
