import * as request from 'request';

const IMDS_TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01';

function tokenOptions(resource: string): request.CoreOptions {
  const options: request.CoreOptions = { headers: {}, qs: { resource }, timeout: 3000, proxy: false };
  options.headers!['Metadata'] = 'true';
  return options;
}

export function imdsToken(resource: string, callback: request.RequestCallback): void {
  request.get(IMDS_TOKEN_URL, tokenOptions(resource), callback);
}
