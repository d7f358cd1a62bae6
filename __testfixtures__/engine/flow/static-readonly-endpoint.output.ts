import axios from 'axios';

interface CachedToken {
  value: string;
  expiresOn: number;
}

/** Hands out tokens per resource and keeps them until five minutes before they expire. */
export class ManagedIdentityTokenProvider {
  private static readonly TOKEN_ENDPOINT = 'http://169.254.169.254/metadata/identity/oauth2/token';
  private readonly cache = new Map<string, CachedToken>();

  async getToken(resource: string): Promise<string> {
    const cached = this.cache.get(resource);
    if (cached && cached.expiresOn - 300 > Date.now() / 1000) return cached.value;

    const query = new URLSearchParams();
    query.append('resource', resource);
    const { data } = await axios.get(`${ManagedIdentityTokenProvider.TOKEN_ENDPOINT}?api-version=2018-02-01&${query.toString()}`, {
      headers: { Metadata: 'true' },
      timeout: 5000,
      proxy: false,
    });
    this.cache.set(resource, { value: data.access_token, expiresOn: Number(data.expires_on) });
    return data.access_token;
  }
}
