/** Azure Cloud Shell's own token endpoint: the shell serves it on the loopback address, for the signed-in user. */
export class CloudShellCredential {
  async getToken(resource: string): Promise<string> {
    const response = await fetch('http://localhost:50342/oauth2/token', {
      method: 'POST',
      headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `resource=${encodeURIComponent(resource)}`,
    });
    return (await response.json()).access_token;
  }
}
