import type { RuleId } from '../engine/types';

/**
 * One ESLint message id per engine rule id, so `--format json` consumers can filter on `messageId`.
 * `{{message}}` carries the engine's own text; adding a rule id to the engine fails this table's type check.
 */
export const MESSAGES_BY_RULE_ID: Readonly<Record<RuleId, string>> = {
  'legacy-endpoint': '{{message}}',
  'missing-metadata-header': '{{message}}',
  'legacy-sdk-option': '{{message}}',
  'legacy-sdk-version': '{{message}}',
  'dead-port-config': '{{message}}',
  'vm-extension-provisioning': '{{message}}',
  'manual-review': '{{message}}',
  'no-timeout': '{{message}}',
  'proxy-not-bypassed': '{{message}}',
  'parse-error': '{{message}}',
};
