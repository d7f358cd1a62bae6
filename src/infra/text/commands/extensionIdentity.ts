import { isExtensionPublisher, isExtensionType } from '../../../extension/managedIdentityExtension';

/**
 * True when the literal publisher or type names the retired extension and neither literal names another
 * one (undefined = not given or not literal).
 */
export function namesLegacyExtension(publisher: string | undefined, type: string | undefined): boolean {
  const publisherSays = publisher === undefined ? undefined : isExtensionPublisher(publisher);
  const typeSays = type === undefined ? undefined : isExtensionType(type);
  if (publisherSays === false || typeSays === false) return false;
  return publisherSays === true || typeSays === true;
}

/** The message of a vm-extension-provisioning finding. */
export function provisioningMessage(command: string, keepIdentity: string): string {
  return (
    `${command} installs the retired Managed Identity VM extension (Microsoft.ManagedIdentity); remove ` +
    `this step. Tokens now come from IMDS without any extension; keep the identity itself (${keepIdentity}).`
  );
}
