// For every case in cases/: the legacy module gets a token from the fake VM extension, the engine migrates
// it, and the migrated module gets a token from the strict fake IMDS (see docs/behaviour.md).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import type { FileResult } from '../../src/engine/types';
import type { CaseCall, LegacyCaseModule } from './behaviourCase';
import { CASES_DIR, OUTPUT_DIR, honoursProxyEnvironment, listCaseNames, opensOwnSockets } from './caseFiles';
import {
  createExtensionServer,
  createImdsServer,
  extensionHandlers,
  FAKE_EXTENSION_ACCESS_TOKEN as EXTENSION_ACCESS_TOKEN,
  FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN,
  imdsHandlers,
  type FakeServer,
} from '../../src/testing';
import { fakeVmFor } from './expectedCall';
import { createInterceptingServer } from './interceptNetwork';
import { KNOWN_CASE_GAPS, type CaseStep } from './knownGaps';
import { extensionRoute, imdsRoute, routeUndici } from './undiciRouting';

const UNREACHABLE_PROXY = 'http://127.0.0.1:9';
const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY', 'no_proxy'];
/** A loopback host, or an `oauth2/token` path that is not IMDS's `/metadata/identity/oauth2/token`. */
const LEFTOVER_LEGACY_URL = /localhost|127\.0\.0\.1|\[::1\]|(?<!metadata\/identity\/)oauth2\/token/;

const network = createInterceptingServer();
beforeAll(() => {
  fs.rmSync(OUTPUT_DIR, { recursive: true, force: true });
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  network.start();
});
/** Fakes served on 127.0.0.1 for a case whose client msw cannot see, and what undoes their routing. */
const served: { fakes: FakeServer[]; unroute?: () => void } = { fakes: [] };
afterEach(async () => {
  network.server.resetHandlers();
  served.unroute?.();
  served.unroute = undefined;
  await Promise.all(served.fakes.splice(0).map((fake) => fake.close()));
});
afterAll(() => network.stop());

/** Calls getToken with what the case declares it sends; a failure becomes data for the assertion. */
async function requestToken(module: LegacyCaseModule): Promise<{ token?: string; error?: string }> {
  try {
    return { token: await module.getToken(module.sends.resource, module.sends.identity) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The fake VM extension for the case, in-process (msw) or, for a client msw cannot see, on 127.0.0.1. */
async function installExtensionFor(caseName: string, sends: CaseCall) {
  const options = {
    ...fakeVmFor(sends),
    ports: sends.extensionPort ? [sends.extensionPort] : [],
    metadataHeader: sends.metadataHeader === false ? ('forbidden' as const) : ('required' as const),
  };
  if (opensOwnSockets(caseName)) {
    const fake = await createExtensionServer(options);
    served.fakes.push(fake);
    served.unroute = routeUndici(extensionRoute(fake, [50342, ...options.ports]));
    return fake;
  }
  const extension = extensionHandlers(options);
  network.server.resetHandlers(...extension);
  return extension;
}

/** The strict fake IMDS for the case, in-process (msw) or, for a client msw cannot see, on 127.0.0.1. */
async function installImdsFor(caseName: string, sends: CaseCall) {
  if (opensOwnSockets(caseName)) {
    const fake = await createImdsServer(fakeVmFor(sends));
    served.fakes.push(fake);
    served.unroute = routeUndici(imdsRoute(fake));
    return fake;
  }
  const imds = imdsHandlers(fakeVmFor(sends));
  network.server.resetHandlers(...imds);
  return imds;
}

async function withUnreachableProxy<T>(run: () => Promise<T>): Promise<T> {
  const saved = new Map(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of PROXY_VARIABLES) delete process.env[name];
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) process.env[name] = UNREACHABLE_PROXY;
  network.proxiedRequests.length = 0;
  try {
    return await run();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

it('lists as known gaps only cases that exist', () => {
  expect(Object.keys(KNOWN_CASE_GAPS).filter((name) => !listCaseNames().includes(name))).toEqual([]);
});

// Vitest awaits an async suite factory while collecting, so a case's declarations can decide its tests.
describe.each(listCaseNames())('%s', async (caseName) => {
  const casePath = path.join(CASES_DIR, `${caseName}.ts`);
  const gap = KNOWN_CASE_GAPS[caseName];
  /** `it`, or `it.fails` for a step that is a known gap of this case (see ./knownGaps.ts). */
  const step = (name: CaseStep, title: string, run: () => unknown) =>
    gap?.steps.includes(name) ? it.fails(`${title} (known gap: ${gap.why})`, run) : it(title, run);
  const legacy = (await import(casePath)) as LegacyCaseModule;
  const filename = `test/behaviour/cases/${caseName}.ts`;
  let migration: FileResult | undefined;
  // analyseFile, as every front end: the text scan must keep the case for the engine to see it.
  const migrate = (): FileResult => (migration ??= analyseFile(fs.readFileSync(casePath, 'utf8'), { filename }));
  let migratedModule: Promise<LegacyCaseModule> | undefined;
  const loadMigrated = (): Promise<LegacyCaseModule> => {
    if (!migratedModule) {
      const outputPath = path.join(OUTPUT_DIR, `${caseName}.ts`);
      fs.writeFileSync(outputPath, migrate().output);
      migratedModule = import(outputPath) as Promise<LegacyCaseModule>;
    }
    return migratedModule;
  };

  it('legacy code gets its token from the fake VM extension', async () => {
    const extension = await installExtensionFor(caseName, legacy.sends);
    const result = await requestToken(legacy);
    expect({ result, statuses: extension.requests.map((r) => r.status) }, JSON.stringify(extension.requests, null, 1)).toEqual({
      result: { token: EXTENSION_ACCESS_TOKEN },
      statuses: [200],
    });
  });

  step('migrates', 'the engine migrates it: changed, no manual review, no loopback token URL left', () => {
    const result = migrate();
    const findings = result.findings.map((finding) => `${finding.ruleId}@${finding.loc.start.line}: ${finding.message}`);
    expect(result.parseError, 'parse error').toBeUndefined();
    expect(result.changed, `unchanged; findings: ${JSON.stringify(findings)}`).toBe(true);
    expect(findings.filter((line) => line.startsWith('manual-review'))).toEqual([]);
    expect(result.output).not.toMatch(LEFTOVER_LEGACY_URL);
  });

  step('gets-token-from-imds', 'migrated code gets its token from the strict fake IMDS, in one valid request', async () => {
    const migrated = await loadMigrated();
    const imds = await installImdsFor(caseName, migrated.sends);
    network.bodiesOnGet.length = 0;
    const result = await requestToken(migrated);
    expect(network.bodiesOnGet, 'GET requests written with a body').toEqual([]);
    expect({ result, statuses: imds.requests.map((r) => r.status) }, JSON.stringify(imds.requests, null, 1)).toEqual({
      result: { token: IMDS_ACCESS_TOKEN },
      statuses: [200],
    });
  });

  it('the engine leaves its own output unchanged', () => {
    const once = migrate().output;
    const twice = analyseFile(once, { filename });
    expect(twice.output).toBe(once);
    expect(twice.changed).toBe(false);
  });

  if (honoursProxyEnvironment(caseName, legacy.sends)) {
    it('control: with HTTP(S)_PROXY set, the legacy call goes to the proxy and fails', async () => {
      const extension = await installExtensionFor(caseName, legacy.sends);
      const result = await withUnreachableProxy(() => requestToken(legacy));
      expect(result.token).toBeUndefined();
      expect(extension.requests).toEqual([]);
      expect(network.proxiedRequests.map((r) => r.proxy)).toEqual(['127.0.0.1:9']);
    });

    if (legacy.sends.proxyBypassReported) {
      it('the engine reports that the proxy is not bypassed (the client has no per-request opt-out)', () => {
        expect(migrate().findings.map((finding) => finding.ruleId)).toContain('proxy-not-bypassed');
      });
      return;
    }

    step('bypasses-proxy', 'migrated code bypasses HTTP(S)_PROXY and still gets its token from IMDS', async () => {
      const migrated = await loadMigrated();
      const imds = await installImdsFor(caseName, migrated.sends);
      const result = await withUnreachableProxy(() => requestToken(migrated));
      expect(network.proxiedRequests, 'requests sent to the proxy').toEqual([]);
      expect({ result, statuses: imds.requests.map((r) => r.status) }, JSON.stringify(imds.requests, null, 1)).toEqual({
        result: { token: IMDS_ACCESS_TOKEN },
        statuses: [200],
      });
    });
  }
});
