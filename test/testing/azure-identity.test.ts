// @azure/identity's ManagedIdentityCredential gets its token from the strict fake IMDS through msw interception:
// what it sends (GET, api-version=2018-02-01, Metadata: true, MSAL's form Content-Type with no body, its
// x-client-* headers) is exactly what the fake, like IMDS, accepts.
import { ManagedIdentityCredential } from '@azure/identity';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_IMDS_ACCESS_TOKEN, FAKE_SYSTEM_ASSIGNED_CLIENT_ID, imdsHandlers } from '../../src/testing';
import { CLIENT_ID, OBJECT_ID, RES_ID } from './ruleCases';

// @azure/identity turns the scope `https://management.azure.com/.default` into this resource (no trailing slash).
const ARM_RESOURCE = 'https://management.azure.com';
const imds = imdsHandlers({
  resources: [ARM_RESOURCE, 'https://vault.azure.net'],
  userAssigned: [{ client_id: CLIENT_ID, object_id: OBJECT_ID, msi_res_id: RES_ID }],
});
const server = setupServer(...imds);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => imds.reset());
afterAll(() => server.close());

describe('ManagedIdentityCredential against imdsHandlers', () => {
  it.each<[string, { clientId: string } | { objectId: string } | { resourceId: string } | undefined, string, string]>([
    ['the system-assigned identity', undefined, '', FAKE_SYSTEM_ASSIGNED_CLIENT_ID],
    ['a client id', { clientId: CLIENT_ID }, `&client_id=${CLIENT_ID}`, CLIENT_ID],
    ['an object id', { objectId: OBJECT_ID }, `&object_id=${OBJECT_ID}`, CLIENT_ID],
    ['a resource id (sent as msi_res_id)', { resourceId: RES_ID }, `&msi_res_id=${encodeURIComponent(RES_ID)}`, CLIENT_ID],
  ])('gets a token for %s', async (_name, options, selector, clientId) => {
    const credential = options ? new ManagedIdentityCredential(options as { clientId: string }) : new ManagedIdentityCredential();
    const token = await credential.getToken('https://management.azure.com/.default');
    expect(token.token).toBe(FAKE_IMDS_ACCESS_TOKEN);
    expect(imds.requests).toHaveLength(1);
    const [request] = imds.requests;
    expect(request).toMatchObject({
      method: 'GET',
      status: 200,
      body: '',
      grant: { resource: ARM_RESOURCE, identity: { client_id: clientId } },
    });
    expect(request.url).toBe(
      `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(ARM_RESOURCE)}${selector}`,
    );
    expect(request.headers).toMatchObject({ metadata: 'true', 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' });
  });

  it('retries an unavailable (503) and a failing (500) IMDS, then gets its token', async () => {
    imds.injectFaults({ status: 503 }, { status: 500 });
    // Another resource than above: MSAL caches managed identity tokens across credential instances.
    const token = await new ManagedIdentityCredential({ clientId: CLIENT_ID }).getToken('https://vault.azure.net/.default');
    expect(token.token).toBe(FAKE_IMDS_ACCESS_TOKEN);
    expect(imds.requests.map((request) => request.status)).toEqual([503, 500, 200]);
  });

  it('does not retry a 429 that carries no Retry-After header (what fault injection is for: finding this out)', async () => {
    imds.injectFaults({ status: 429 });
    const credential = new ManagedIdentityCredential({ objectId: OBJECT_ID });
    await expect(credential.getToken('https://vault.azure.net/.default')).rejects.toThrow(/too_many_requests/);
    expect(imds.requests.map((request) => request.status)).toEqual([429]);
  });

  it('fails, naming IMDS error, for an identity the VM does not have', async () => {
    const credential = new ManagedIdentityCredential({ clientId: '00000000-0000-0000-0000-0000000000ff' });
    await expect(credential.getToken('https://management.azure.com/.default')).rejects.toThrow(/Identity not found/);
    expect(imds.requests.map((request) => request.status)).toEqual([400]);
  });
});
