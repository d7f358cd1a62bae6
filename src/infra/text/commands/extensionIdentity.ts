/** Publisher of the retired Managed Identity VM extension. */
export const EXTENSION_PUBLISHER = /^microsoft\.managedidentity$/i;

/** Types (az: `--name`) of the retired extension. */
export const EXTENSION_TYPE = /^managedidentityextensionfor(?:windows|linux)$/i;

/**
 * True when the literal publisher or type names the retired extension and neither literal names another
 * one (undefined = not given or not literal).
 */
export function namesLegacyExtension(publisher: string | undefined, type: string | undefined): boolean {
  const publisherSays = publisher === undefined ? undefined : EXTENSION_PUBLISHER.test(publisher);
  const typeSays = type === undefined ? undefined : EXTENSION_TYPE.test(type);
  if (publisherSays === false || typeSays === false) return false;
  return publisherSays === true || typeSays === true;
}

/** The message of a vm-extension-provisioning finding. */
export function provisioningMessage(command: string, keepIdentity: string): string {
  return `${command} installs the retired Managed Identity VM extension (Microsoft.ManagedIdentity); remove this step. Tokens now come from IMDS without any extension; keep the identity itself (${keepIdentity}).`;
}
