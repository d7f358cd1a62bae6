// Code that certainly runs outside Cloud Shell (after an exit for it, or in the branch where its variable is not
// set) is the VM's: rewritten, although the file speaks of Cloud Shell.
import axios from 'axios';

export class CloudShellAwareCredential {
  async getToken(resource: string): Promise<string> {
    if (process.env.ACC_CLOUD) {
      throw new Error('in Cloud Shell, use the az CLI credential');
    }
    const response = await axios.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01', { params: { resource }, headers: { Metadata: 'true' }, timeout: 3000, proxy: false });
    return response.data.access_token;
  }
}

export async function vmToken(resource: string): Promise<string> {
  if (process.env.ACC_CLOUD === undefined) {
    const response = await fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource), {
      headers: { Metadata: 'true' },
      signal: AbortSignal.timeout(3000),
    });
    return (await response.json()).access_token;
  }
  throw new Error('run `az account get-access-token` in Cloud Shell');
}
