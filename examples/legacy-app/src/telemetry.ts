import { postJson, getJson } from '@contoso/http-client';

// The exporter goes through the team's shared HTTP wrapper, which the codemod cannot see into.
export async function exportMetrics(metrics: unknown[]): Promise<void> {
  const token = await getJson<{ access_token: string }>(
    'http://localhost:50342/oauth2/token?resource=https://monitor.azure.com/',
    { Metadata: 'true' },
  );
  await postJson('https://westeurope.monitoring.azure.com/metrics', metrics, { Authorization: `Bearer ${token.access_token}` });
}
