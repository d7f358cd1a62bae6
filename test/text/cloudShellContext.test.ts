// Where a legacy URL stands with respect to Cloud Shell and App Service, which serve the same localhost:50342
// URL through MSI_ENDPOINT: their own client (info), the fallback that runs on a VM (error), or neither.
import { describe, expect, it } from 'vitest';
import { cloudShellContextAt } from '../../src/infra/text/context/cloudShellContext';
import { splitLines } from '../../src/infra/text/regions/yamlLines';

const URL = 'http://localhost:50342/oauth2/token';
function contextOf(code: string, filename = 'token.py') {
  return cloudShellContextAt(code, splitLines(code), code.indexOf(URL), filename);
}

describe('cloudShellContextAt', () => {
  it('a file that never reads MSI_ENDPOINT has no such context', () => {
    expect(contextOf(`requests.get('${URL}')\n`)).toBe('none');
  });

  it("Cloud Shell's own client: named for it, or guarded by a Cloud Shell check", () => {
    expect(contextOf(`requests.get('${URL}')\n`, 'lib/cloud_shell.py')).toBe('cloud-shell-client');
    expect(contextOf(`def cloud_shell_token():\n    return requests.post('${URL}')\n`)).toBe('cloud-shell-client');
    expect(contextOf(`if os.environ.get('ACC_CLOUD'):\n    requests.post('${URL}')\n`)).toBe('cloud-shell-client');
    expect(contextOf(`if ($env:AZUREPS_HOST_ENVIRONMENT -like 'cloud-shell*') {\n    irm '${URL}'\n}\n`)).toBe('cloud-shell-client');
    expect(contextOf(`if 'MSI_ENDPOINT' in os.environ and 'MSI_SECRET' not in os.environ:\n    requests.post('${URL}')\n`)).toBe(
      'cloud-shell-client',
    );
    expect(contextOf(`[ -n "$MSI_ENDPOINT" ] && curl -d resource=x ${URL}\n`, 'a.sh')).toBe('cloud-shell-client');
  });

  it('the fallback used when MSI_ENDPOINT is unset is what runs on a VM', () => {
    expect(contextOf(`endpoint = os.environ.get('MSI_ENDPOINT', '${URL}')\n`)).toBe('endpoint-fallback');
    expect(contextOf(`ENDPOINT="\${MSI_ENDPOINT:-${URL}}"\n`, 'a.sh')).toBe('endpoint-fallback');
    expect(contextOf(`$e = $env:MSI_ENDPOINT ?? '${URL}'\n`, 'a.ps1')).toBe('endpoint-fallback');
    expect(contextOf(`if not os.environ.get('MSI_ENDPOINT'):\n    url = '${URL}'\n`)).toBe('endpoint-fallback');
    expect(contextOf(`if [ -z "$MSI_ENDPOINT" ]; then\n  curl ${URL}\nfi\n`, 'a.sh')).toBe('endpoint-fallback');
    expect(
      contextOf(`if os.environ.get('ACC_CLOUD'):\n    pass\nelse:\n    requests.get('${URL}')\nx = os.environ['MSI_ENDPOINT']\n`),
    ).toBe('endpoint-fallback');
  });

  it('App Service (MSI_ENDPOINT with its secret) is no Cloud Shell guard; elsewhere the file is only endpoint-aware', () => {
    expect(contextOf(`if os.environ.get('MSI_ENDPOINT') and os.environ.get('MSI_SECRET'):\n    requests.get('${URL}')\n`)).toBe(
      'endpoint-aware',
    );
    expect(contextOf(`def vm_token():\n    return requests.get('${URL}')\n\nAPP = os.environ.get('IDENTITY_ENDPOINT')\n`)).toBe(
      'endpoint-aware',
    );
  });
});
