import nock from 'nock';
export const scope = nock('http://localhost:50342').get('/oauth2/token').query(true).reply(200, { access_token: 'x' });
export const f = (resource: string, init: RequestInit) => fetch(`http://localhost:50342/oauth2/token?resource=${resource}`, init);
