// axios with an httpAgent the tool cannot see (made by a factory elsewhere): it may be a proxy agent, so the
// request is reported; got's agent.http set to a proxy agent is reported too.
import axios from 'axios';
import got from 'got';
import { HttpProxyAgent } from 'http-proxy-agent';
import { agentFor } from './agents';

export async function viaAxios(resource: string): Promise<string> {
  const { data } = await axios.get('http://localhost:50342/oauth2/token', {
    params: { resource },
    headers: { Metadata: 'true' },
    httpAgent: agentFor('identity'),
    timeout: 3000,
  });
  return data.access_token;
}

export async function viaGot(resource: string): Promise<string> {
  const body = await got('http://localhost:50342/oauth2/token', {
    searchParams: { resource },
    headers: { Metadata: 'true' },
    agent: { http: new HttpProxyAgent('http://proxy.corp.example:3128') },
    timeout: { request: 3000 },
  }).json<{ access_token: string }>();
  return body.access_token;
}
