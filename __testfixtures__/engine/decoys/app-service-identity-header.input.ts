import axios from 'axios';

/** App Service and Functions: the platform gives the endpoint and a per-site secret header. */
export async function appServiceToken(resource: string): Promise<string> {
  const endpoint = process.env.IDENTITY_ENDPOINT;
  const secret = process.env.IDENTITY_HEADER;
  if (endpoint && secret) {
    const { data } = await axios.get(endpoint, {
      params: { resource, 'api-version': '2019-08-01' },
      headers: { 'X-IDENTITY-HEADER': secret },
      timeout: 2000,
    });
    return data.access_token;
  }
  const legacy = await axios.get(process.env.MSI_ENDPOINT as string, {
    params: { resource, 'api-version': '2017-09-01' },
    headers: { Secret: process.env.MSI_SECRET as string },
    timeout: 2000,
  });
  return legacy.data.access_token;
}
