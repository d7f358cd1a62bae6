// Two requests spread the same defaults: turning the token request into a GET there would change the
// other request too, so the token request is left for review.
import axios from 'axios';

const requestDefaults = { method: 'post' as const, headers: { Metadata: 'true' }, timeout: 2000 };

export async function tokenFor(resource: string): Promise<string> {
  const response = await axios.request({ ...requestDefaults, url: 'http://localhost:50342/oauth2/token', data: `resource=${resource}` });
  return response.data.access_token;
}

export async function report(event: object): Promise<void> {
  await axios.request({ ...requestDefaults, url: 'https://events.example.com/ingest', data: event });
}
