/**
 * The one thing that identifies the retired Managed Identity VM extension in every infrastructure format:
 * its publisher and its type. Never its name: names are arbitrary (`MSILinuxExtension` is also used for
 * unrelated CustomScript extensions) and are often ARM expressions.
 */
export const EXTENSION_PUBLISHER = 'Microsoft.ManagedIdentity';

/** Raw-text marker that every file declaring the extension holds (the type's common prefix, any case). */
const EXTENSION_TYPE_MARKER = /ManagedIdentityExtension/i;

const EXTENSION_TYPE = /^ManagedIdentityExtensionFor(?:Windows|Linux)$/i;

/** True when `publisher` is the extension's publisher (case-insensitive). */
export function isExtensionPublisher(publisher: string): boolean {
  return publisher.toLowerCase() === EXTENSION_PUBLISHER.toLowerCase();
}

/** True when `type` is one of the extension's two types, for Windows and Linux (case-insensitive). */
export function isExtensionType(type: string): boolean {
  return EXTENSION_TYPE.test(type);
}

/** True when a publisher/type pair names the Managed Identity VM extension (case-insensitive, trimmed). */
export function isManagedIdentityExtension(publisher: unknown, type: unknown): boolean {
  return (
    typeof publisher === 'string' && typeof type === 'string' && isExtensionPublisher(publisher.trim()) && isExtensionType(type.trim())
  );
}

/** Cheap text gate: false means the text certainly declares no Managed Identity extension. */
export function mayDeclareManagedIdentityExtension(text: string): boolean {
  return EXTENSION_TYPE_MARKER.test(text);
}
