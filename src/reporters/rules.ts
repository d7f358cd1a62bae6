import type { RuleId, Severity } from '../engine/types';

/** Where each rule is documented: the README section whose anchor is the rule id. */
export const RULE_DOCS_URL = 'https://github.com/mi-codemod/mi-codemod#rules';

export interface RuleDescription {
  id: RuleId;
  /** The severity findings of this rule usually carry (a finding states its own). */
  severity: Severity;
  /** True when the tool can fix findings of this rule (in the cases it can prove safe). */
  fixable: boolean;
  description: string;
}

/** Every rule the tool reports, in the order the README documents them. */
export const RULES: readonly RuleDescription[] = [
  {
    id: 'legacy-endpoint',
    severity: 'error',
    fixable: true,
    description: 'A token request goes to the retired VM extension (localhost:50342/oauth2/token) instead of IMDS.',
  },
  {
    id: 'missing-metadata-header',
    severity: 'error',
    fixable: true,
    description: 'A managed-identity token request lacks the `Metadata: true` header that IMDS requires.',
  },
  {
    id: 'legacy-sdk-option',
    severity: 'error',
    fixable: true,
    description: 'An SDK option (`port`, `msiEndpoint`) points a managed-identity login at the VM extension.',
  },
  {
    id: 'legacy-sdk-version',
    severity: 'error',
    fixable: false,
    description: 'A dependency version that still calls the VM extension (ms-rest-azure <= 2.5.9, @azure/ms-rest-nodeauth <= 0.8.4).',
  },
  {
    id: 'dead-port-config',
    severity: 'warning',
    fixable: true,
    description: 'Configuration of the extension port (MSI_PORT, msiPort) that IMDS no longer uses.',
  },
  {
    id: 'vm-extension-provisioning',
    severity: 'error',
    fixable: true,
    description: 'Infrastructure code deploys the ManagedIdentityExtensionForWindows/Linux VM extension.',
  },
  {
    id: 'manual-review',
    severity: 'error',
    fixable: false,
    description: 'Legacy endpoint use that cannot be rewritten safely; the message says what to change by hand.',
  },
  {
    id: 'proxy-not-bypassed',
    severity: 'warning',
    fixable: false,
    description:
      'A migrated request whose client sends through HTTP(S)_PROXY with no per-request opt-out: IMDS ' +
      'rejects proxied requests, so add 169.254.169.254 to NO_PROXY.',
  },
  {
    id: 'no-timeout',
    severity: 'warning',
    fixable: false,
    description: 'An IMDS request without a timeout: off Azure, 169.254.169.254 may hang instead of refusing.',
  },
  {
    id: 'parse-error',
    severity: 'error',
    fixable: false,
    description: 'The file could not be parsed, so it was not analysed and was left unchanged.',
  },
];

/** The documentation address of one rule. */
export function ruleHelpUri(id: RuleId): string {
  return `${RULE_DOCS_URL.replace(/#.*$/, '')}#${id}`;
}
