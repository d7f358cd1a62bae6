// Which identity of the fake VM a token request selects, as IMDS decides it: at most one selector; none means
// the system-assigned identity, or the only user-assigned one when the VM has no system-assigned identity.
import { FAKE_SYSTEM_ASSIGNED_CLIENT_ID } from './constants';
import type { GrantedIdentity, IdentityOptions } from './types';

/** The query parameters that select an identity. `mi_res_id` is an older spelling of `msi_res_id`. */
export const IDENTITY_SELECTORS = ['client_id', 'object_id', 'msi_res_id', 'mi_res_id'] as const;

export type IdentitySelector = (typeof IDENTITY_SELECTORS)[number];

export type IdentityChoice = { identity: GrantedIdentity } | { problem: 'more-than-one-selector' | 'not-found' };

/** Every identity attached to the fake VM, system-assigned first. */
export function attachedIdentities(options: IdentityOptions): GrantedIdentity[] {
  const identities: GrantedIdentity[] = [];
  const system = options.systemAssigned ?? true;
  if (system !== false) {
    const ids = system === true ? {} : system;
    identities.push({ kind: 'system-assigned', client_id: ids.client_id ?? FAKE_SYSTEM_ASSIGNED_CLIENT_ID, object_id: ids.object_id });
  }
  (options.userAssigned ?? []).forEach((identity, index) => {
    if (!identity.client_id && !identity.object_id && !identity.msi_res_id) {
      throw new Error(`userAssigned[${index}] names no id: give it a client_id, an object_id or an msi_res_id`);
    }
    identities.push({
      kind: 'user-assigned',
      client_id: identity.client_id ?? `fake-client-id-of-user-assigned-identity-${index}`,
      object_id: identity.object_id,
      msi_res_id: identity.msi_res_id,
    });
  });
  return identities;
}

function selects(identity: GrantedIdentity, selector: IdentitySelector, value: string): boolean {
  if (selector === 'client_id') return identity.client_id === value;
  if (selector === 'object_id') return identity.object_id === value;
  // ARM resource ids are case-insensitive.
  return identity.msi_res_id !== undefined && identity.msi_res_id.toLowerCase() === value.toLowerCase();
}

/** The identity `params` select among those attached, or why none is. */
export function chooseIdentity(params: URLSearchParams, options: IdentityOptions): IdentityChoice {
  const sent = IDENTITY_SELECTORS.flatMap((name) => params.getAll(name).map((value) => ({ name, value })));
  if (sent.length > 1) return { problem: 'more-than-one-selector' };
  const identities = attachedIdentities(options);
  if (sent.length === 0) {
    const system = identities.find((identity) => identity.kind === 'system-assigned');
    const userAssigned = identities.filter((identity) => identity.kind === 'user-assigned');
    const fallback = system ?? (userAssigned.length === 1 ? userAssigned[0] : undefined);
    return fallback ? { identity: fallback } : { problem: 'not-found' };
  }
  const found = identities.find((identity) => selects(identity, sent[0].name, sent[0].value));
  return found ? { identity: found } : { problem: 'not-found' };
}

/** The access token for a grant, from the options or the fake's default. */
export function accessTokenFor(options: IdentityOptions, grant: { resource: string; identity: GrantedIdentity }, fallback: string): string {
  if (typeof options.accessToken === 'function') return options.accessToken(grant);
  return options.accessToken ?? fallback;
}
