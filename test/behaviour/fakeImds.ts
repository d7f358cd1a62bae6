// A strict, in-process stand-in for the IMDS identity endpoint: it answers only a request that real IMDS
// would answer with a token, and rejects everything else with IMDS's status codes and JSON error bodies.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { IMDS_IDENTITY_API_VERSIONS } from '../../src/engine/apiVersions';
import type { ExpectedCall } from './expectedCall';
import { snapshotRequest, type RecordedRequest } from './recordedRequest';
import { tokenParameterProblem } from './tokenParameters';
import { IMDS_ACCESS_TOKEN, tokenResponseBody } from './tokenResponse';

export const IMDS_ORIGIN = 'http://169.254.169.254';
export const IMDS_TOKEN_PATH = '/metadata/identity/oauth2/token';

const NEWEST_VERSIONS = ['2023-11-15', '2023-07-01', '2021-12-13'];

export interface FakeImds {
  handlers: HttpHandler[];
  /** Every request the fake saw, accepted or not, in arrival order. */
  requests: RecordedRequest[];
}

interface Rejection {
  status: number;
  body: Record<string, unknown>;
}

function reject(status: number, body: Record<string, unknown>): Rejection {
  return { status, body };
}

function hasBody(request: Request, bodyText: string): boolean {
  const contentLength = Number(request.headers.get('content-length') ?? '0');
  return bodyText.length > 0 || contentLength > 0 || request.headers.has('transfer-encoding');
}

/** Why real IMDS would refuse this request, or undefined when it would issue the token. */
function imdsRejection(request: Request, bodyText: string, expected: ExpectedCall): Rejection | undefined {
  const url = new URL(request.url);
  if (request.method !== 'GET')
    return reject(405, { error: 'Bad request. Only GET is supported. For more information refer to aka.ms/azureimds' });
  if (url.pathname !== IMDS_TOKEN_PATH) return reject(404, { error: 'Not found' });
  const apiVersions = url.searchParams.getAll('api-version');
  if (apiVersions.length !== 1 || !IMDS_IDENTITY_API_VERSIONS.includes(apiVersions[0])) {
    return reject(400, {
      error: 'Bad request. api-version is invalid or was not specified in the request. For more information refer to aka.ms/azureimds',
      'newest-versions': NEWEST_VERSIONS,
    });
  }
  if (request.headers.get('metadata') !== 'true') {
    return reject(400, { error: 'invalid_request', error_description: 'Required metadata header not specified' });
  }
  if (request.headers.has('x-forwarded-for')) {
    return reject(400, {
      error: 'Bad request. Requests with an X-Forwarded-For header are not allowed (IMDS must not be reached through a proxy).',
    });
  }
  if (hasBody(request, bodyText)) return reject(400, { error: 'invalid_request', error_description: 'A request body is not allowed' });
  const parameterProblem = tokenParameterProblem(url.searchParams, expected, 'same-kind');
  if (parameterProblem) return reject(400, parameterProblem);
  return undefined;
}

/** msw handlers for a strict fake IMDS that issues a token for `expected` and nothing else. */
export function createFakeImds(expected: ExpectedCall): FakeImds {
  const requests: RecordedRequest[] = [];
  const handler = http.all(`${IMDS_ORIGIN}/*`, async ({ request }) => {
    const snapshot = await snapshotRequest(request);
    const rejection = imdsRejection(request, snapshot.body, expected);
    if (rejection) {
      requests.push({ ...snapshot, status: rejection.status, rejection: rejection.body });
      return HttpResponse.json(rejection.body, { status: rejection.status });
    }
    requests.push({ ...snapshot, status: 200 });
    return HttpResponse.json(tokenResponseBody(IMDS_ACCESS_TOKEN, expected.resource));
  });
  return { handlers: [handler], requests };
}
