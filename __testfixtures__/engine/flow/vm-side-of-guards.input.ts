// Code that certainly runs outside Cloud Shell (after an exit for it, or in the branch where its variable is not
// set) is the VM's: rewritten, although the file speaks of Cloud Shell.
import axios from 'axios';

export class CloudShellAwareCredential {
  async getToken(resource: string): Promise<string> {
    if (process.env.ACC_CLOUD) {
      throw new Error('in Cloud Shell, use the az CLI credential');
    }
    const response = await axios.get('http://localhost:50342/oauth2/token', { params: { resource }, headers: { Metadata: 'true' }, timeout: 3000 });
    return response.data.access_token;
  }
}

export async function vmToken(resource: string): Promise<string> {
  if (process.env.ACC_CLOUD === undefined) {
    const response = await fetch('http://localhost:50342/oauth2/token?resource=' + encodeURIComponent(resource), {
      headers: { Metadata: 'true' },
      signal: AbortSignal.timeout(3000),
    });
    return (await response.json()).access_token;
  }
  throw new Error('run `az account get-access-token` in Cloud Shell');
}
