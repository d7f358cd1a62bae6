// The strict rules of the IMDS token endpoint: a request real IMDS would answer with a token gets one; every
// other request gets IMDS's status code and JSON error body. Where each body comes from (documented, observed
// from real IMDS, or modelled) is listed in docs/testing.md.
import { IMDS_IDENTITY_API_VERSIONS } from '../engine/apiVersions';
import { FAKE_IMDS_ACCESS_TOKEN, FAKE_TENANT_ID, IMDS_TOKEN_PATH } from './constants';
import { accessTokenFor, chooseIdentity } from './identities';
import { carriesBody, repeatedParameter, type SeenRequest, type Verdict } from './seenRequest';
import type { ImdsOptions } from './types';

const TOKEN_LIFETIME_SECONDS = 86399;

function invalidRequest(description: string): Verdict {
  return { status: 400, body: { error: 'invalid_request', error_description: description } };
}

/** The body IMDS answers for a missing, repeated or unknown api-version, with its three newest versions. */
export function apiVersionError(apiVersions: readonly string[]): Record<string, unknown> {
  return {
    error: 'Bad request. api-version is invalid or was not specified in the request. For more information refer to aka.ms/azureimds',
    'newest-versions': [...apiVersions].sort().reverse().slice(0, 3),
  };
}

/** The error AAD gives for a resource no application in the tenant answers to. */
export function unknownResourceError(resource: string): Record<string, unknown> {
  return {
    error: 'invalid_resource',
    error_description:
      `AADSTS500011: The resource principal named ${resource} was not found in the tenant named ${FAKE_TENANT_ID}. ` +
      'This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. ' +
      'You might have sent your authentication request to the wrong tenant.',
  };
}

/** IMDS's answer to one request, in the order IMDS checks: verb, path, headers, query, body, identity, resource. */
export function judgeImdsRequest(request: SeenRequest, options: ImdsOptions): Verdict {
  if (request.method !== 'GET') {
    return {
      status: 405,
      body: { error: 'method_not_allowed', error_description: `${request.method} is not supported: IMDS accepts GET only` },
    };
  }
  if (request.url.pathname !== IMDS_TOKEN_PATH) {
    return {
      status: 404,
      body: { error: 'not_found', error_description: `The requested element does not exist: ${request.url.pathname}` },
    };
  }
  if (request.headers.metadata !== 'true') return invalidRequest('Required metadata header not specified');
  if ('x-forwarded-for' in request.headers) {
    return invalidRequest('A request with an X-Forwarded-For header is rejected: IMDS must not be reached through a proxy');
  }
  const params = request.url.searchParams;
  const apiVersions = options.apiVersions ?? IMDS_IDENTITY_API_VERSIONS;
  const sentVersions = params.getAll('api-version');
  if (sentVersions.length !== 1 || !apiVersions.includes(sentVersions[0])) return { status: 400, body: apiVersionError(apiVersions) };
  const repeated = repeatedParameter(params);
  if (repeated) return invalidRequest(`Query parameter '${repeated}' is specified more than once`);
  if (carriesBody(request)) return invalidRequest('A request body is not allowed: IMDS takes every parameter in the query of a GET');
  const resource = params.get('resource');
  if (resource === null || resource === '') return invalidRequest("Required query variable 'resource' is missing");
  const choice = chooseIdentity(params, options);
  if ('problem' in choice) {
    return invalidRequest(
      choice.problem === 'more-than-one-selector' ? 'Only one of client_id, object_id, msi_res_id may be specified' : 'Identity not found',
    );
  }
  if (options.resources && !options.resources.includes(resource)) return { status: 400, body: unknownResourceError(resource) };
  const grant = { resource, identity: choice.identity };
  const now = Math.floor(Date.now() / 1000);
  return {
    status: 200,
    grant,
    // Every value a string, as IMDS sends them, with keys some clients never read (they must tolerate them).
    body: {
      access_token: accessTokenFor(options, grant, FAKE_IMDS_ACCESS_TOKEN),
      client_id: choice.identity.client_id,
      expires_in: String(TOKEN_LIFETIME_SECONDS),
      expires_on: String(now + TOKEN_LIFETIME_SECONDS),
      ext_expires_in: String(TOKEN_LIFETIME_SECONDS),
      not_before: String(now),
      refresh_token: '',
      resource,
      token_type: 'Bearer',
    },
  };
}

/** The error body an injected fault answers with unless it brings its own (error codes from the IMDS REST specs). */
export function defaultFaultBody(status: number): Record<string, unknown> {
  switch (status) {
    case 404:
      return { error: 'not_found', error_description: 'IMDS is updating: retry with exponential back-off' };
    case 410:
      return { error: 'service_unavailable', error_description: 'IMDS is updating: retry for up to 70 seconds' };
    case 429:
      return { error: 'too_many_requests', error_description: 'IMDS throttle limit reached (20 requests per second, 5 at once)' };
    case 500:
      return { error: 'server_error', error_description: 'Failed to retrieve token from the Active directory' };
    default:
      return status >= 500
        ? { error: 'service_unavailable', error_description: `Transient error (${status}): retry after at least a second` }
        : { error: 'bad_request', error_description: `Injected error (${status})` };
  }
}
