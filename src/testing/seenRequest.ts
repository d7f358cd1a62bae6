/** A request as every transport (HTTP server, msw, nock) hands it to the rules: nothing transport-specific. */
export interface SeenRequest {
  method: string;
  /** The absolute URL the client addressed. */
  url: URL;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
}

/** What a fake answers: a status and a JSON body, and the grant when it issued a token. */
export interface Verdict {
  status: number;
  body: Record<string, unknown>;
  grant?: import('./types').TokenGrant;
}

/** Whether the request carries a body, judged from the bytes and from the framing headers (a transport may drop the bytes). */
export function carriesBody(request: SeenRequest): boolean {
  const contentLength = Number(request.headers['content-length'] ?? '0');
  return request.body.length > 0 || contentLength > 0 || 'transfer-encoding' in request.headers;
}

/** The first query parameter name that appears more than once, if any. */
export function repeatedParameter(params: URLSearchParams): string | undefined {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) return name;
    seen.add(name);
  }
  return undefined;
}

/** Lower-cases header names and joins repeated values, from any header representation. */
export function normaliseHeaders(headers: Iterable<[string, string | string[] | undefined]>): Record<string, string> {
  const normalised: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const joined = Array.isArray(value) ? value.join(', ') : value;
    normalised[key] = key in normalised ? `${normalised[key]}, ${joined}` : joined;
  }
  return normalised;
}
