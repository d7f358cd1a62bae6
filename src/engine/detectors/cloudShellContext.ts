import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { envNameOf } from '../url/evaluate';

const ENDPOINT_VARIABLES = new Set(['MSI_ENDPOINT', 'IDENTITY_ENDPOINT']);

/**
 * Azure Cloud Shell serves the very same `http://localhost:50342/oauth2/token` and announces it as
 * MSI_ENDPOINT; App Service and Arc use MSI_ENDPOINT / IDENTITY_ENDPOINT too. A file that reads them
 * is about those hosts, so its legacy-looking URLs are reported, never rewritten. Returns the reason.
 */
export function cloudShellContext(ctx: EngineContext): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = envNameOf(node);
      if (name && ENDPOINT_VARIABLES.has(name)) {
        found = name;
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ctx.sourceFile);
  if (!found) return undefined;
  return (
    `This file reads ${found}: on Azure Cloud Shell (and App Service) the same localhost:50342 URL is ` +
    `that host's own token endpoint, not the VM extension, so the tool does not rewrite it. If this code ` +
    'only runs on a VM, migrate it by hand to IMDS.'
  );
}
