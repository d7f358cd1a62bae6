// Fixtures that show what the engine should do and does not do yet. Each one runs the ordinary fixture
// assertions as an expected failure (vitest `it.fails`): when the engine learns the shape, the test fails
// and says so, and the entry goes. Keyed by `<family>/<input file>`; the value says what goes wrong today.

export const KNOWN_FIXTURE_GAPS: Record<string, string> = {
  'flow/host-port-joined-with-plus.input.ts':
    "manual-review: a URL const built with + from a host const ('http://' + MSI_HOST + ':' + MSI_PORT + …) is not followed; the same expression inline in fetch() is rewritten",
  'flow/fetch-request-held-in-const.input.ts':
    'manual-review: fetch(req) where req is a const new Request(url, init); only the inline fetch(new Request(…)) is read',
  'flow/url-let-reassigned.input.ts':
    "manual-review: a let URL without a query, then url += '?resource=…' (and '&client_id=…' under an if)",
  'flow/sdk-class-request-post-ts.input.ts':
    "wrong fix: header writes through a non-null assertion (reqOptions.headers!['Metadata'] = …) are not seen: a second Metadata is added to the literal, the form Content-Type stays",
  'flow/form-body-from-function-tdz.input.ts':
    'wrong fix: the form body moves into the initializer of the module URL const, which then reads a const declared after it (ReferenceError at load)',
  'flow/got-extend-instance-const.input.ts':
    "wrong fix: a form held in a variable becomes { searchParams: form } with api-version in the URL; got's searchParams replaces the URL's query, so api-version is lost (IMDS: 400)",
  'flow/options-spread-from-const.input.ts':
    'manual-review: axios options spread from a module const object literal ({ ...defaults, params }) are "a value the tool cannot see"',
  'flow/url-format-http-get.input.ts':
    "silent: url.format({ hostname: 'localhost', port: 50342, pathname: '/oauth2/token', query }) given to http.get; expected at least a report",
  'decoys/imds-header-through-non-null-assertion.input.ts':
    "false alarm and wrong fix: IMDS code that sets the header through a non-null assertion (options.headers!['Metadata'] = 'true', also (options.headers as …)['Metadata']) gets missing-metadata-header and a second Metadata in the literal",
  'decoys/imds-emulator-on-50342.input.ts':
    "false alarm: manual-review on the base given to new URL(req.url, 'http://127.0.0.1:50342') in a local IMDS emulator",
};

/**
 * Expected outputs of known gaps that the engine itself still flags (their "needs nothing more" check is an
 * expected failure too), and why.
 */
export const EXPECTED_OUTPUTS_STILL_FLAGGED: Record<string, string> = {
  'flow/sdk-class-request-post-ts.input.ts':
    "missing-metadata-header on the migrated request: the header is set through reqOptions.headers!['Metadata'] (see decoys/imds-header-through-non-null-assertion)",
};
