import axios, { type AxiosInstance } from 'axios';

export class ArmTokenSource {
  private readonly http: AxiosInstance;

  constructor(port = 50342) {
    this.http = axios.create({
      baseURL: `http://localhost:${port}`,
      headers: { Metadata: 'true' },
      timeout: 3000,
    });
  }

  async token(resource = 'https://management.azure.com/'): Promise<string> {
    const { data } = await this.http.get('/oauth2/token', { params: { resource } });
    return data.access_token;
  }
}
