import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectHost } from '../src/detectHost';

describe('detectHost in Azure Cloud Shell', () => {
  const saved = { ...process.env };

  beforeEach(() => {
    process.env.MSI_ENDPOINT = 'http://localhost:50342/oauth2/token';
    delete process.env.MSI_SECRET;
  });

  afterEach(() => {
    process.env = { ...saved };
  });

  it('recognises Cloud Shell from MSI_ENDPOINT without MSI_SECRET', () => {
    expect(detectHost()).toBe('cloud-shell');
  });
});
