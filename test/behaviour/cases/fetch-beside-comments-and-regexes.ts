// Global fetch on a custom extension port, in a file whose comments also name the extension's markers and
// which holds regular expressions and templates with `//`: the text scan must still hand it to the engine.
// (The comments avoid a whole loopback URL: the test wants none left in the migrated file, and comments
// are never edited; __testfixtures__/engine/url/beside-comments-and-regexes has the full URL in them.)
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', extensionPort: 50343 };

// Tokens came from the VM extension on port 50342; the SDKs' msiEndpoint option is gone too.
const DOUBLE_SLASH = /\/\/+/g;
const label = `token // ${DOUBLE_SLASH.source}`;

export async function getToken(resource: string): Promise<string> {
  /* settings.port = 50343 on this VM */
  const response = await fetch(`http://localhost:50343/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
  });
  if (!response.ok) throw new Error(`MSI ${label} request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
