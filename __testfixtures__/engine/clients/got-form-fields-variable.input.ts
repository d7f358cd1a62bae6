import got from 'got';

// The form's fields are gathered first, then given to got under another name.
export async function tokenFor(resource: string, objectId?: string): Promise<string> {
  const fields: Record<string, string> = { resource };
  if (objectId) fields.object_id = objectId;
  const { body } = await got.post('http://localhost:50342/oauth2/token', {
    form: fields,
    headers: { Metadata: 'true' },
    timeout: { request: 3000 },
    responseType: 'json',
  });
  return (body as { access_token: string }).access_token;
}
