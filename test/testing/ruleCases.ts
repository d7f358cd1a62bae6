// One table of requests and IMDS's exact answers, run through every transport (HTTP server, msw, nock), so
// that the three fakes are provably equally strict.
import http from 'node:http';
import type { ImdsOptions } from '../../src/testing';

export const ARM = 'https://management.azure.com/';
export const ENCODED_ARM = encodeURIComponent(ARM);
export const CLIENT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b';
export const OBJECT_ID = '0b7d4c2e-9a8f-4e6d-b5c4-3a2b1c0d9e8f';
export const RES_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/app';
export const VALID_QUERY = `api-version=2018-02-01&resource=${ENCODED_ARM}`;
export const METADATA = { Metadata: 'true' };

/** A VM with a system-assigned identity and one user-assigned identity, allowed tokens for ARM only. */
export const VM: ImdsOptions = { resources: [ARM], userAssigned: [{ client_id: CLIENT_ID, object_id: OBJECT_ID, msi_res_id: RES_ID }] };

export interface Attempt {
  method?: string;
  /** Path and query on the IMDS host. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

const metadataError = { error: 'invalid_request', error_description: 'Required metadata header not specified' };
const apiVersionError = {
  error: 'Bad request. api-version is invalid or was not specified in the request. For more information refer to aka.ms/azureimds',
  'newest-versions': ['2023-11-15', '2023-07-01', '2021-12-13'],
};
const invalid = (description: string) => ({ error: 'invalid_request', error_description: description });
const TOKEN_PATH = '/metadata/identity/oauth2/token';

/** Each mistake, with the status and error body IMDS answers. */
export const REJECTED: Array<[string, Attempt, Answer]> = [
  [
    'a POST',
    { method: 'POST', path: `${TOKEN_PATH}?${VALID_QUERY}`, headers: METADATA },
    { status: 405, body: { error: 'method_not_allowed', error_description: 'POST is not supported: IMDS accepts GET only' } },
  ],
  [
    'a legacy form POST',
    {
      method: 'POST',
      path: `${TOKEN_PATH}?api-version=2018-02-01`,
      headers: { ...METADATA, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `resource=${ENCODED_ARM}`,
    },
    { status: 405, body: { error: 'method_not_allowed', error_description: 'POST is not supported: IMDS accepts GET only' } },
  ],
  [
    'a PUT',
    { method: 'PUT', path: `${TOKEN_PATH}?${VALID_QUERY}`, headers: METADATA },
    { status: 405, body: { error: 'method_not_allowed', error_description: 'PUT is not supported: IMDS accepts GET only' } },
  ],
  [
    'the legacy path',
    { path: `/oauth2/token?${VALID_QUERY}`, headers: METADATA },
    { status: 404, body: { error: 'not_found', error_description: 'The requested element does not exist: /oauth2/token' } },
  ],
  [
    'a trailing slash on the path',
    { path: `${TOKEN_PATH}/?${VALID_QUERY}`, headers: METADATA },
    { status: 404, body: { error: 'not_found', error_description: `The requested element does not exist: ${TOKEN_PATH}/` } },
  ],
  ['no Metadata header', { path: `${TOKEN_PATH}?${VALID_QUERY}` }, { status: 400, body: metadataError }],
  [
    "@azure/identity's availability probe (no query, no Metadata header)",
    { path: TOKEN_PATH, headers: { Accept: 'application/json' } },
    { status: 400, body: metadataError },
  ],
  ['Metadata: True', { path: `${TOKEN_PATH}?${VALID_QUERY}`, headers: { Metadata: 'True' } }, { status: 400, body: metadataError }],
  ['Metadata: false', { path: `${TOKEN_PATH}?${VALID_QUERY}`, headers: { Metadata: 'false' } }, { status: 400, body: metadataError }],
  [
    'an X-Forwarded-For header (what a proxy adds)',
    { path: `${TOKEN_PATH}?${VALID_QUERY}`, headers: { ...METADATA, 'X-Forwarded-For': '10.0.0.4' } },
    { status: 400, body: invalid('A request with an X-Forwarded-For header is rejected: IMDS must not be reached through a proxy') },
  ],
  ['no api-version', { path: `${TOKEN_PATH}?resource=${ENCODED_ARM}`, headers: METADATA }, { status: 400, body: apiVersionError }],
  [
    'api-version twice',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&api-version=2018-02-01`, headers: METADATA },
    { status: 400, body: apiVersionError },
  ],
  [
    "App Service's api-version 2019-08-01",
    { path: `${TOKEN_PATH}?api-version=2019-08-01&resource=${ENCODED_ARM}`, headers: METADATA },
    { status: 400, body: apiVersionError },
  ],
  [
    'resource twice',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&resource=${ENCODED_ARM}`, headers: METADATA },
    { status: 400, body: invalid("Query parameter 'resource' is specified more than once") },
  ],
  [
    'a body on a GET',
    {
      path: `${TOKEN_PATH}?${VALID_QUERY}`,
      headers: { ...METADATA, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `resource=${ENCODED_ARM}`,
    },
    { status: 400, body: invalid('A request body is not allowed: IMDS takes every parameter in the query of a GET') },
  ],
  [
    'no resource',
    { path: `${TOKEN_PATH}?api-version=2018-02-01`, headers: METADATA },
    { status: 400, body: invalid("Required query variable 'resource' is missing") },
  ],
  [
    'an empty resource',
    { path: `${TOKEN_PATH}?api-version=2018-02-01&resource=`, headers: METADATA },
    { status: 400, body: invalid("Required query variable 'resource' is missing") },
  ],
  [
    'a resource without the trailing slash ARM is registered with',
    { path: `${TOKEN_PATH}?api-version=2018-02-01&resource=https://management.azure.com`, headers: METADATA },
    {
      status: 400,
      body: {
        error: 'invalid_resource',
        error_description:
          'AADSTS500011: The resource principal named https://management.azure.com was not found in the tenant named 72f988bf-0000-4000-8000-0000000f7e57. ' +
          'This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. ' +
          'You might have sent your authentication request to the wrong tenant.',
      },
    },
  ],
  [
    'two identity selectors',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&client_id=${CLIENT_ID}&object_id=${OBJECT_ID}`, headers: METADATA },
    { status: 400, body: invalid('Only one of client_id, object_id, msi_res_id may be specified') },
  ],
  [
    'msi_res_id and mi_res_id together',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&msi_res_id=${RES_ID}&mi_res_id=${RES_ID}`, headers: METADATA },
    { status: 400, body: invalid('Only one of client_id, object_id, msi_res_id may be specified') },
  ],
  [
    'a client_id no identity of the VM has',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&client_id=00000000-0000-0000-0000-000000000001`, headers: METADATA },
    { status: 400, body: invalid('Identity not found') },
  ],
  [
    'the client_id sent as object_id',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&object_id=${CLIENT_ID}`, headers: METADATA },
    { status: 400, body: invalid('Identity not found') },
  ],
];

/** Requests real IMDS answers with a token, with the client_id of the identity it is for. */
export const ACCEPTED: Array<[string, Attempt, string]> = [
  ['a correct request', { path: `${TOKEN_PATH}?${VALID_QUERY}`, headers: METADATA }, 'system'],
  ['a lower-case header name', { path: `${TOKEN_PATH}?${VALID_QUERY}`, headers: { metadata: 'true' } }, 'system'],
  ['another IMDS api-version', { path: `${TOKEN_PATH}?api-version=2021-02-01&resource=${ENCODED_ARM}`, headers: METADATA }, 'system'],
  ['an unencoded resource', { path: `${TOKEN_PATH}?api-version=2018-02-01&resource=${ARM}`, headers: METADATA }, 'system'],
  [
    "MSAL's form Content-Type on a GET without a body, and its extra parameters",
    {
      path: `${TOKEN_PATH}?${VALID_QUERY}&xms_cc=cp1`,
      headers: { ...METADATA, 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8', 'x-client-SKU': 'msal.js.node' },
    },
    'system',
  ],
  ['client_id', { path: `${TOKEN_PATH}?${VALID_QUERY}&client_id=${CLIENT_ID}`, headers: METADATA }, CLIENT_ID],
  ['object_id', { path: `${TOKEN_PATH}?${VALID_QUERY}&object_id=${OBJECT_ID}`, headers: METADATA }, CLIENT_ID],
  ['msi_res_id', { path: `${TOKEN_PATH}?${VALID_QUERY}&msi_res_id=${encodeURIComponent(RES_ID)}`, headers: METADATA }, CLIENT_ID],
  [
    'mi_res_id (the older spelling)',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&mi_res_id=${encodeURIComponent(RES_ID)}`, headers: METADATA },
    CLIENT_ID,
  ],
  [
    'msi_res_id in another letter case (ARM ids are case-insensitive)',
    { path: `${TOKEN_PATH}?${VALID_QUERY}&msi_res_id=${encodeURIComponent(RES_ID.toUpperCase())}`, headers: METADATA },
    CLIENT_ID,
  ],
];

/** Sends one request with node:http (which, unlike fetch, can put a body on a GET) and parses the JSON answer. */
export function send(origin: string, attempt: Attempt): Promise<Answer & { headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(attempt.headers ?? {}) };
    if (attempt.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(attempt.body));
    const request = http.request(`${origin}${attempt.path}`, { method: attempt.method ?? 'GET', headers }, (response) => {
      let raw = '';
      response.on('data', (chunk) => (raw += chunk));
      response.on('end', () => {
        try {
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(raw), headers: response.headers });
        } catch {
          reject(new Error(`not JSON (${response.statusCode}): ${raw}`));
        }
      });
    });
    request.on('error', reject);
    if (attempt.body !== undefined) request.write(attempt.body);
    request.end();
  });
}
