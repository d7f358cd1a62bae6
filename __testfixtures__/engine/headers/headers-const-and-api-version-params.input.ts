import axios from 'axios';
import got from 'got';
const headers = { Metadata: 'true' };
export const a = (resource: string) => axios.get('http://localhost:50342/oauth2/token', { params: { resource, 'api-version': '2018-02-01' }, headers });
export const b = (resource: string) => got('http://localhost:50342/oauth2/token', { searchParams: { resource, 'api-version': '2018-02-01' }, headers: { Metadata: 'true' } });
export const c = (resource: string, h: Record<string, string>) => fetch(`http://localhost:50342/oauth2/token?resource=${resource}`, { headers: h });
export const d = (resource: string) => fetch(`http://localhost:50342/oauth2/token?resource=${resource}`, { method: 'GET', headers });
