import { MSI_HOST, METRICS_PORT } from './hosts';

export async function scrape(): Promise<string> {
  const response = await fetch(`http://${MSI_HOST}:${METRICS_PORT}/metrics`);
  return response.text();
}
