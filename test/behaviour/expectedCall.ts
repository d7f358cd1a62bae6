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

/**
 * IMDS takes `msi_res_id` and `mi_res_id` for the same thing (a user-assigned identity's ARM id), so a
 * migration may turn one into the other; every other selector must keep its name.
 */
export function selectorKind(name: IdentitySelectorName): string {
  return name === 'mi_res_id' ? 'msi_res_id' : name;
}

/** The one selector `identity` names, or undefined for the system-assigned identity. */
export function onlySelector(identity: IdentitySelector | undefined): { name: IdentitySelectorName; value: string } | undefined {
  if (!identity) return undefined;
  const present = IDENTITY_SELECTOR_NAMES.filter((name) => identity[name] !== undefined);
  if (present.length > 1) throw new Error(`an expected call names more than one identity selector: ${present.join(', ')}`);
  return present.length === 1 ? { name: present[0], value: identity[present[0]] as string } : undefined;
}
