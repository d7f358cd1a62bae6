import { IDENTITY_SELECTOR_NAMES, onlySelector, selectorKind, type ExpectedCall } from './expectedCall';

/** Why the token parameters (`resource` and the identity selector) are not the expected ones, or undefined. */
export function tokenParameterProblem(
  params: URLSearchParams,
  expected: ExpectedCall,
  selectorMatch: 'same-name' | 'same-kind',
): Record<string, string> | undefined {
  const resources = params.getAll('resource');
  if (resources.length === 0) {
    return { error: 'invalid_request', error_description: "Required query variable 'resource' is missing" };
  }
  if (resources.length > 1 || resources[0] !== expected.resource) {
    return {
      error: 'invalid_resource',
      error_description: `AADSTS500011: The resource principal named ${resources.join(',')} was not found in the tenant.`,
    };
  }
  const sentSelectors = IDENTITY_SELECTOR_NAMES.flatMap((name) => params.getAll(name).map((value) => ({ name, value })));
  if (sentSelectors.length > 1) {
    return { error: 'invalid_request', error_description: 'Only one of client_id, object_id, msi_res_id may be specified' };
  }
  const wanted = onlySelector(expected.identity);
  const sent = sentSelectors[0];
  const sameSelector =
    wanted === undefined
      ? sent === undefined
      : sent !== undefined &&
        sent.value === wanted.value &&
        (selectorMatch === 'same-name' ? sent.name === wanted.name : selectorKind(sent.name) === selectorKind(wanted.name));
  if (!sameSelector) return { error: 'invalid_request', error_description: 'Identity not found' };
  return undefined;
}
