// An in-process stand-in for the retired Managed Identity VM extension (`http://localhost:50342/oauth2/token`):
// GET with a query or POST with a form body, on every loopback spelling and on the configured ports.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { ExpectedCall } from './expectedCall';
import { snapshotRequest, type RecordedRequest } from './recordedRequest';
import { tokenParameterProblem } from './tokenParameters';
import { EXTENSION_ACCESS_TOKEN, tokenResponseBody } from './tokenResponse';

export const EXTENSION_DEFAULT_PORT = 50342;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** msw reads `[::1]:50342` in a path string as parameters, so the URL is matched by a RegExp instead. */
function tokenUrlPattern(host: string, port: number): RegExp {
  const escapedHost = host.replace(/[.[\]]/g, (char) => `\\${char}`);
  return new RegExp(`^http://${escapedHost}:${port}/oauth2/token$`);
}

export interface FakeExtensionOptions {
  /** Ports the extension listens on (its `settings.port`); the default port is always included. */
  ports?: number[];
  /**
   * False for code that never sent `Metadata: true`: the fake then insists the header is absent, so the
   * case really is a missing-header case (the migration must add it for IMDS).
   */
  metadataHeader?: boolean;
}

export interface FakeExtension {
  handlers: HttpHandler[];
  requests: RecordedRequest[];
}

function isFormPost(request: Request): boolean {
  return request.method === 'POST' && (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
}

/** The token parameters of a legacy request: its query, plus the form body of a POST. */
function legacyParameters(request: Request, bodyText: string): URLSearchParams | undefined {
  const params = new URLSearchParams(new URL(request.url).search);
  if (request.method === 'GET') return bodyText === '' ? params : undefined;
  if (!isFormPost(request)) return undefined;
  new URLSearchParams(bodyText).forEach((value, name) => params.append(name, value));
  return params;
}

function extensionRejection(request: Request, bodyText: string, expected: ExpectedCall, options: FakeExtensionOptions) {
  const metadata = request.headers.get('metadata');
  if (options.metadataHeader === false ? metadata !== null : metadata !== 'true') {
    return { error: 'invalid_request', error_description: `unexpected Metadata header: ${String(metadata)}` };
  }
  const params = legacyParameters(request, bodyText);
  if (!params) return { error: 'invalid_request', error_description: `unsupported ${request.method} request` };
  return tokenParameterProblem(params, expected, 'same-name');
}

/** msw handlers for the legacy VM extension, issuing a token for `expected` and nothing else. */
export function createFakeExtension(expected: ExpectedCall, options: FakeExtensionOptions = {}): FakeExtension {
  const requests: RecordedRequest[] = [];
  const ports = [...new Set([EXTENSION_DEFAULT_PORT, ...(options.ports ?? [])])];
  const handlers = LOOPBACK_HOSTS.flatMap((host) =>
    ports.map((port) =>
      http.all(tokenUrlPattern(host, port), async ({ request }) => {
        const snapshot = await snapshotRequest(request);
        const rejection = extensionRejection(request, snapshot.body, expected, options);
        if (rejection) {
          requests.push({ ...snapshot, status: 400, rejection });
          return HttpResponse.json(rejection, { status: 400 });
        }
        requests.push({ ...snapshot, status: 200 });
        return HttpResponse.json(tokenResponseBody(EXTENSION_ACCESS_TOKEN, expected.resource));
      }),
    ),
  );
  return { handlers, requests };
}
