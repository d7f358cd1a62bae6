/** One request a fake endpoint saw, and how it answered. */
export interface RecordedRequest {
  method: string;
  url: string;
  /** Header names lower-cased, as the Fetch API reports them. */
  headers: Record<string, string>;
  body: string;
  status: number;
  /** The error body the fake answered with, when it rejected the request. */
  rejection?: Record<string, unknown>;
}

/** Copies what a test may want to assert on out of a Fetch API request. */
export async function snapshotRequest(request: Request): Promise<Omit<RecordedRequest, 'status' | 'rejection'>> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = request.body === null ? '' : await request.clone().text();
  return { method: request.method, url: request.url, headers, body };
}
