/**
 * The one thing that identifies the retired Managed Identity VM extension in every infrastructure format:
 * its publisher and its type. Never its name: names are arbitrary (`MSILinuxExtension` is also used for
 * unrelated CustomScript extensions) and are often ARM expressions.
 */
export const EXTENSION_PUBLISHER = 'Microsoft.ManagedIdentity';

/** Raw-text marker that every file declaring the extension holds (the type's common prefix, any case). */
const EXTENSION_TYPE_MARKER = /ManagedIdentityExtension/i;

const EXTENSION_TYPE = /^ManagedIdentityExtensionFor(?:Windows|Linux)$/i;

/** True when a publisher/type pair names the Managed Identity VM extension (case-insensitive, trimmed). */
export function isManagedIdentityExtension(publisher: unknown, type: unknown): boolean {
  return (
    typeof publisher === 'string' &&
    typeof type === 'string' &&
    publisher.trim().toLowerCase() === EXTENSION_PUBLISHER.toLowerCase() &&
    EXTENSION_TYPE.test(type.trim())
  );
}

/** Cheap text gate: false means the text certainly declares no Managed Identity extension. */
export function mayDeclareManagedIdentityExtension(text: string): boolean {
  return EXTENSION_TYPE_MARKER.test(text);
}
