// The retired Managed Identity VM extension (`http://localhost:50342/oauth2/token`), for before-and-after tests:
// a GET with the parameters in the query or a POST with a form body, and the `Metadata: true` header.
import { EXTENSION_TOKEN_PATH, FAKE_EXTENSION_ACCESS_TOKEN, FAKE_TENANT_ID } from './constants';
import { accessTokenFor, chooseIdentity } from './identities';
import { carriesBody, repeatedParameter, type SeenRequest, type Verdict } from './seenRequest';
import type { ExtensionOptions } from './types';

const TOKEN_LIFETIME_SECONDS = 3599;

function invalidRequest(description: string): Verdict {
  return { status: 400, body: { error: 'invalid_request', error_description: description } };
}

function isFormPost(request: SeenRequest): boolean {
  return request.method === 'POST' && (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

function metadataProblem(request: SeenRequest, rule: ExtensionOptions['metadataHeader']): Verdict | undefined {
  const metadata = request.headers.metadata;
  if (rule === 'ignored') return undefined;
  if (rule === 'forbidden') {
    return metadata === undefined
      ? undefined
      : invalidRequest(`Metadata: ${metadata} was sent, but this fake was told the code under test sends no Metadata header`);
  }
  return metadata === 'true'
    ? undefined
    : { status: 400, body: { error: 'bad_request_102', error_description: 'Required metadata header not specified' } };
}

/** The extension's answer to one request. */
export function judgeExtensionRequest(request: SeenRequest, options: ExtensionOptions): Verdict {
  if (request.url.pathname !== EXTENSION_TOKEN_PATH) {
    return { status: 401, body: { error: 'unknown_source', error_description: `Unknown Source ${request.url.href}` } };
  }
  if (request.method !== 'GET' && request.method !== 'POST') {
    return { status: 405, body: { error: 'invalid_request', error_description: `${request.method} is not supported: use GET or POST` } };
  }
  const metadata = metadataProblem(request, options.metadataHeader);
  if (metadata) return metadata;
  const params = new URLSearchParams(request.url.search);
  if (request.method === 'GET' && carriesBody(request)) return invalidRequest('A GET request must not have a body');
  if (request.method === 'POST') {
    if (!isFormPost(request)) return invalidRequest('A POST must carry an application/x-www-form-urlencoded body');
    new URLSearchParams(request.body).forEach((value, name) => params.append(name, value));
  }
  const repeated = repeatedParameter(params);
  if (repeated) return invalidRequest(`Parameter '${repeated}' is specified more than once`);
  const resource = params.get('resource');
  if (resource === null || resource === '') return invalidRequest("Required parameter 'resource' is missing");
  const choice = chooseIdentity(params, options);
  if ('problem' in choice) {
    return invalidRequest(
      choice.problem === 'more-than-one-selector' ? 'Only one of client_id, object_id, msi_res_id may be specified' : 'Identity not found',
    );
  }
  if (options.resources && !options.resources.includes(resource)) {
    return {
      status: 400,
      body: {
        error: 'invalid_resource',
        error_description: `AADSTS50001: The application named ${resource} was not found in the tenant named ${FAKE_TENANT_ID}.`,
      },
    };
  }
  const grant = { resource, identity: choice.identity };
  const now = Math.floor(Date.now() / 1000);
  return {
    status: 200,
    grant,
    body: {
      access_token: accessTokenFor(options, grant, FAKE_EXTENSION_ACCESS_TOKEN),
      refresh_token: '',
      expires_in: String(TOKEN_LIFETIME_SECONDS),
      expires_on: String(now + TOKEN_LIFETIME_SECONDS),
      not_before: String(now),
      resource,
      token_type: 'Bearer',
    },
  };
}
