import axios from 'axios';
import got from 'got';
const headers = { Metadata: 'true' };
export const a = (resource: string) => axios.get('http://169.254.169.254/metadata/identity/oauth2/token', { params: { resource, 'api-version': '2018-02-01' }, headers, proxy: false });
export const b = (resource: string) => got('http://169.254.169.254/metadata/identity/oauth2/token', { searchParams: { resource, 'api-version': '2018-02-01' }, headers: { Metadata: 'true' } });
export const c = (resource: string, h: Record<string, string>) => fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}`, { headers: h });
export const d = (resource: string) => fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}`, { method: 'GET', headers });
