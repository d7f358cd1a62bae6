import type { DraftFinding } from '../../../engine/types';
import type { CloudShellContext } from '../context/cloudShellContext';

const IMDS_REQUEST =
  'GET http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=…, header Metadata: true, no proxy';

/**
 * The findings of a legacy call (or URL), adjusted to what the file says about Cloud Shell: in
 * Cloud Shell's own client they become one `info`; where the file reads MSI_ENDPOINT/IDENTITY_ENDPOINT
 * nothing is rewritten and the call is an error for manual review; elsewhere they stay as they are.
 * Findings that are not about the URL (extension provisioning, `az login` ports) are kept.
 */
export function withUrlContext(drafts: DraftFinding[], context: CloudShellContext): DraftFinding[] {
  if (context === 'none') return drafts;
  const aboutUrl = (draft: DraftFinding): boolean =>
    draft.ruleId === 'legacy-endpoint' || draft.ruleId === 'manual-review' || draft.ruleId === 'missing-metadata-header';
  const kept = drafts.filter((draft) => !aboutUrl(draft));
  const url = drafts.find(aboutUrl);
  if (!url) return drafts;
  if (context === 'cloud-shell-client') {
    return [
      ...kept,
      {
        ruleId: 'legacy-endpoint',
        severity: 'info',
        start: url.start,
        end: url.end,
        message:
          "Azure Cloud Shell's own token endpoint (the same localhost:50342 URL, in code named for or guarded " +
          'by Cloud Shell): not the VM extension, left as it is.',
      },
    ];
  }
  const message =
    context === 'endpoint-fallback'
      ? 'Legacy VM extension token URL used when MSI_ENDPOINT/IDENTITY_ENDPOINT is unset, which is the case ' +
        'on a VM: there it calls the retired extension. Not rewritten (the same code serves Cloud Shell or ' +
        `App Service): keep the MSI_ENDPOINT path and make the fallback ${IMDS_REQUEST}.`
      : 'Legacy VM extension token URL in a file that also reads MSI_ENDPOINT/IDENTITY_ENDPOINT (Cloud ' +
        `Shell, App Service). Not rewritten: where this runs on a VM, use ${IMDS_REQUEST}.`;
  return [...kept, { ruleId: 'manual-review', severity: 'error', start: url.start, end: url.end, message, blocksFile: true }];
}
