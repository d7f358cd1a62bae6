const MSI_BASE = 'http://169.254.169.254/metadata/identity/oauth2/token';

export interface IdentitySelector {
  clientId?: string;
  objectId?: string;
}

/** The token URL for a resource, for the system identity or one user-assigned identity. */
export function buildTokenUrl(resource: string, identity: IdentitySelector = {}): string {
  let url = `${MSI_BASE}?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`;
  if (identity.clientId) url += `&client_id=${encodeURIComponent(identity.clientId)}`;
  if (identity.objectId) url += `&object_id=${encodeURIComponent(identity.objectId)}`;
  return url;
}
