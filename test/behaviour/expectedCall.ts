import type { ExtensionOptions, ImdsOptions } from '../../src/testing';

/** The identity selectors a token request may carry (at most one of them). */
export interface IdentitySelector {
  client_id?: string;
  object_id?: string;
  msi_res_id?: string;
  mi_res_id?: string;
}

/** What a case's token request must ask for: the fakes accept nothing else. */
export interface ExpectedCall {
  resource: string;
  identity?: IdentitySelector;
}

export const IDENTITY_SELECTOR_NAMES = ['client_id', 'object_id', 'msi_res_id', 'mi_res_id'] as const;

export type IdentitySelectorName = (typeof IDENTITY_SELECTOR_NAMES)[number];

/** The one selector `identity` names, or undefined for the system-assigned identity. */
export function onlySelector(identity: IdentitySelector | undefined): { name: IdentitySelectorName; value: string } | undefined {
  if (!identity) return undefined;
  const present = IDENTITY_SELECTOR_NAMES.filter((name) => identity[name] !== undefined);
  if (present.length > 1) throw new Error(`an expected call names more than one identity selector: ${present.join(', ')}`);
  return present.length === 1 ? { name: present[0], value: identity[present[0]] as string } : undefined;
}

/** A second user-assigned identity on every fake VM, which no case asks for. */
const OTHER_IDENTITY = {
  client_id: '0c0c0c0c-1111-4222-8333-444444444444',
  object_id: '0d0d0d0d-1111-4222-8333-444444444444',
  msi_res_id:
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/other',
};

/**
 * The fake VM a case's request must get its token from, and nothing else: only the expected resource, and
 * identities such that only the expected selector works. A case that names an identity runs on a VM with two
 * user-assigned identities and no system-assigned one, so a request that drops the selector is refused (as
 * IMDS refuses it); a case that names none runs on a VM whose system-assigned identity is the default.
 */
export function fakeVmFor(expected: ExpectedCall): ImdsOptions & ExtensionOptions {
  const wanted = onlySelector(expected.identity);
  if (!wanted) return { resources: [expected.resource], systemAssigned: true, userAssigned: [OTHER_IDENTITY] };
  // IMDS takes `mi_res_id` for `msi_res_id`, so a migration may turn one into the other.
  const name = wanted.name === 'mi_res_id' ? 'msi_res_id' : wanted.name;
  return { resources: [expected.resource], systemAssigned: false, userAssigned: [{ [name]: wanted.value }, OTHER_IDENTITY] };
}
