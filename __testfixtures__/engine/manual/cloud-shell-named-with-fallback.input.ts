// A helper named for Cloud Shell, with a fallback for hosts that do not set MSI_ENDPOINT: on a VM the fallback is
// the retired extension, so it is reported (an error), although the file is Cloud Shell's client otherwise.
export async function cloudShellOrVmToken(resource: string): Promise<string> {
  const endpoint = process.env.MSI_ENDPOINT || 'http://localhost:50342/oauth2/token';
  const response = await fetch(`${endpoint}?resource=${encodeURIComponent(resource)}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
