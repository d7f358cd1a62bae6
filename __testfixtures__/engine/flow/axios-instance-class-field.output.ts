import axios, { type AxiosInstance } from 'axios';

export class ArmTokenSource {
  private readonly http: AxiosInstance;

  constructor(port = 50342) {
    this.http = axios.create({
      baseURL: `http://169.254.169.254`,
      headers: { Metadata: 'true' },
      timeout: 3000,
    });
  }

  async token(resource = 'https://management.azure.com/'): Promise<string> {
    const { data } = await this.http.get('/metadata/identity/oauth2/token?api-version=2018-02-01', { params: { resource }, proxy: false });
    return data.access_token;
  }
}
