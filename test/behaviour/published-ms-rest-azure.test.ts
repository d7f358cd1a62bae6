// The code that shipped: ms-rest-azure 2.4.5 and 2.5.9 (dev dependencies, installed under npm aliases) call the
// VM extension from lib/credentials/msiVmTokenCredentials.js without `localhost:50342` anywhere in their text (the
// port is `this.port`, defaulted in the constructor; the form body is built in another method). Each package's lib/
// is copied into a temporary git repository, the built CLI checks and migrates it as a user would, and the migrated
// copy's `new MSIVmTokenCredentials({ resource }).getToken(cb)` must get its token from the strict fake IMDS.
// No request leaves the process: msw answers or refuses every one (onUnhandledRequest: 'error'), and
// test/setup/no-real-network.ts refuses any socket to a non-loopback address behind it.
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionHandlers,
  FAKE_EXTENSION_ACCESS_TOKEN as EXTENSION_ACCESS_TOKEN,
  FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN,
  imdsHandlers,
  type RecordedRequest,
} from '../../src/testing';
import { initCommittedRepo, makeTempDir, git, runBin } from '../cli/helpers';
import { fakeVmFor } from './expectedCall';
import { createInterceptingServer } from './interceptNetwork';

const repoRoot = path.resolve(__dirname, '../..');
const nativeRequire = createRequire(__filename);
const CREDENTIALS_FILE = 'lib/credentials/msiVmTokenCredentials.js';
const RESOURCE = 'https://vault.azure.net';
const UNREACHABLE_PROXY = 'http://127.0.0.1:9';
/** A VM without the extension, and a proxy that is not there: nothing listens on these ports. */
const REFUSED_PORTS = [
  http.all('http://localhost:50342/*', () => HttpResponse.error()),
  http.all(`${UNREACHABLE_PROXY}/*`, () => HttpResponse.error()),
];
const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'NO_PROXY', 'no_proxy'];

interface PublishedPackage {
  version: string;
  /** The npm alias it is installed under (package.json devDependencies). */
  alias: string;
  /** The line ending the published file uses (2.4.5 shipped CRLF). */
  eol: '\r\n' | '\n';
  /** 2.4.5 hands back the parsed JSON; 2.5.9 camel-cases it (parseTokenResponse). */
  accessTokenOf(response: Record<string, unknown>): unknown;
}

const PACKAGES: PublishedPackage[] = [
  { version: '2.4.5', alias: 'ms-rest-azure-2.4.5', eol: '\r\n', accessTokenOf: (response) => response.access_token },
  { version: '2.5.9', alias: 'ms-rest-azure-2.5.9', eol: '\n', accessTokenOf: (response) => response.accessToken },
];

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  fixable: boolean;
}

type TokenCallback = (error: Error | null, response?: Record<string, unknown>) => void;
type MSIVmTokenCredentialsClass = new (options: { resource: string; port?: number }) => { getToken(callback: TokenCallback): void };

const network = createInterceptingServer();
beforeAll(() => network.start());
afterEach(() => network.server.resetHandlers());
afterAll(() => network.stop());

/** The bare module names the files under `dir` require (`ms-rest`, `request`, …). */
function bareRequires(dir: string): string[] {
  const names = new Set<string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(/require\(\s*'([^'.][^']*)'\s*\)/g)) {
      const name = match[1].startsWith('@') ? match[1].split('/').slice(0, 2).join('/') : match[1].split('/')[0];
      if (!isBuiltin(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/** The directory of package `name` as Node resolves it from `fromDir`. */
function packageDirFrom(name: string, fromDir: string): string {
  return path.dirname(fs.realpathSync(nativeRequire.resolve(`${name}/package.json`, { paths: [fromDir] })));
}

/** Whether a line of code (not a comment line) names a loopback host: the text an extension call is made of. */
function codeNamesLoopback(text: string): boolean {
  return text.split('\n').some((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line) && /localhost|127\.0\.0\.1|\[::1\]/.test(line));
}

/** Requires the credentials class afresh from `repo`, dropping every module of `repo` Node has cached. */
function loadCredentials(repo: string): MSIVmTokenCredentialsClass {
  for (const key of Object.keys(nativeRequire.cache)) if (key.startsWith(repo + path.sep)) delete nativeRequire.cache[key];
  return nativeRequire(path.join(repo, CREDENTIALS_FILE)) as MSIVmTokenCredentialsClass;
}

/** getToken's callback as a promise that never rejects: a failure becomes data for the assertion. */
function requestToken(Credentials: MSIVmTokenCredentialsClass): Promise<{ response?: Record<string, unknown>; error?: string }> {
  return new Promise((resolve) => {
    new Credentials({ resource: RESOURCE }).getToken((error, response) => resolve(error ? { error: error.message } : { response }));
  });
}

async function withUnreachableProxy<T>(run: () => Promise<T>): Promise<T> {
  const saved = new Map(PROXY_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of PROXY_VARIABLES) delete process.env[name];
  for (const name of ['HTTP_PROXY', 'http_proxy']) process.env[name] = UNREACHABLE_PROXY;
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

/** The parts of a recorded request IMDS judges, in a shape that prints well when an assertion fails. */
function describeRequest(request: RecordedRequest) {
  const url = new URL(request.url);
  return {
    method: request.method,
    origin: url.origin,
    path: url.pathname,
    apiVersions: url.searchParams.getAll('api-version'),
    resources: url.searchParams.getAll('resource'),
    metadata: request.headers.metadata,
    forwardedFor: request.headers['x-forwarded-for'],
    body: request.body,
    status: request.status,
  };
}

/** `mi-codemod --check --format json lib` in `repo`: its exit code and findings. */
function checkJson(repo: string): { code: number | null; findings: JsonFinding[] } {
  const run = runBin(repo, ['--check', '--format', 'json', 'lib']);
  return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings };
}

describe.each(PACKAGES.map((pkg) => [pkg.version, pkg] as const))(
  'ms-rest-azure@%s (published lib/, copied into a git repository)',
  (_version, pkg) => {
    const installedLib = path.join(repoRoot, 'node_modules', pkg.alias, 'lib');
    let repo = '';
    let published = '';

    beforeAll(() => {
      expect(JSON.parse(fs.readFileSync(path.join(installedLib, '../package.json'), 'utf8')).version).toBe(pkg.version);
      repo = makeTempDir(`mi-codemod-ms-rest-azure-${pkg.version}-`);
      fs.cpSync(installedLib, path.join(repo, 'lib'), { recursive: true });
      // The copy resolves each package its code requires to the very directory the installed package resolves it to
      // (its own nested node_modules first, then the hoisted ones); node_modules is no part of the repository.
      for (const name of bareRequires(installedLib)) {
        const link = path.join(repo, 'node_modules', name);
        fs.mkdirSync(path.dirname(link), { recursive: true });
        fs.symlinkSync(packageDirFrom(name, installedLib), link, 'dir');
      }
      fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
      initCommittedRepo(repo);
      published = fs.readFileSync(path.join(repo, CREDENTIALS_FILE), 'utf8');
    });
    afterAll(() => {
      if (repo) fs.rmSync(repo, { recursive: true, force: true });
    });

    it('the copy resolves every package it requires exactly as the installed package does', () => {
      const names = bareRequires(path.join(repo, 'lib'));
      expect(names).toEqual(expect.arrayContaining(['ms-rest', 'request']));
      for (const name of names) expect(packageDirFrom(name, path.join(repo, 'lib')), name).toBe(packageDirFrom(name, installedLib));
      expect(git(repo, 'ls-files', 'node_modules')).toBe('');
    });

    it('control: the unmigrated copy gets its token from the fake VM extension, and none from IMDS', async () => {
      const Legacy = loadCredentials(repo);

      const extension = extensionHandlers(fakeVmFor({ resource: RESOURCE }));
      network.server.resetHandlers(...extension);
      const legacyResult = await requestToken(Legacy);
      expect(pkg.accessTokenOf(legacyResult.response ?? {}), JSON.stringify(legacyResult)).toBe(EXTENSION_ACCESS_TOKEN);
      expect(extension.requests.map((request) => [request.method, new URL(request.url).host, request.body, request.status])).toEqual([
        ['POST', 'localhost:50342', `resource=${encodeURIComponent(RESOURCE)}`, 200],
      ]);

      const imds = imdsHandlers(fakeVmFor({ resource: RESOURCE }));
      network.server.resetHandlers(...imds, ...REFUSED_PORTS);
      const againstImds = await requestToken(Legacy);
      expect(againstImds.response, 'the legacy code got a token with only IMDS there').toBeUndefined();
      expect(againstImds.error).toBeTruthy();
      expect(imds.requests).toEqual([]);

      // `request` honours HTTP_PROXY, so the migrated call's pass under a proxy below is the rewrite's doing.
      extension.reset();
      network.server.resetHandlers(...extension, ...REFUSED_PORTS);
      const throughProxy = await withUnreachableProxy(() => requestToken(Legacy));
      expect(throughProxy.response).toBeUndefined();
      expect(extension.requests).toEqual([]);
      expect(network.proxiedRequests.map((request) => request.proxy)).toEqual(['127.0.0.1:9']);
    });

    it('--check exits 1 and names credentials/msiVmTokenCredentials.js (legacy-endpoint), the only file that calls the extension', () => {
      const stylish = runBin(repo, ['--check', 'lib']);
      expect(stylish.code, stylish.stdout + stylish.stderr).toBe(1);
      const block = stylish.stdout.split('\n\n').find((part) => part.startsWith(CREDENTIALS_FILE));
      expect(block, stylish.stdout).toMatch(/^ +\d+:\d+ +error +legacy-endpoint +/m);

      const { code, findings } = checkJson(repo);
      expect(code).toBe(1);
      const errors = findings.filter((finding) => finding.severity === 'error');
      expect(errors.map((finding) => [finding.file, finding.ruleId, finding.fixable])).toEqual([
        [CREDENTIALS_FILE, 'legacy-endpoint', true],
      ]);
      // The port plumbing the rewrite leaves dead is reported, as a warning that does not fail the check.
      expect(
        findings.filter((finding) => finding.ruleId === 'dead-port-config').map((finding) => [finding.file, finding.severity]),
      ).toEqual([[CREDENTIALS_FILE, 'warning']]);

      // No silent pass: every file whose code names a loopback host has an error (comments do not count).
      const libFiles = git(repo, 'ls-files', 'lib').trim().split('\n');
      const namingLoopback = libFiles.filter((file) => codeNamesLoopback(fs.readFileSync(path.join(repo, file), 'utf8')));
      expect(namingLoopback).toEqual([CREDENTIALS_FILE]);
      expect([...new Set(errors.map((finding) => finding.file))]).toEqual(namingLoopback);
    });

    it('fix mode rewrites that file alone into a GET to IMDS (as 2.6.0 did); a second run and --check find nothing left to do', () => {
      const fix = runBin(repo, ['lib']);
      expect(fix.code, fix.stdout + fix.stderr).toBe(0);
      expect(git(repo, 'status', '--porcelain')).toBe(` M ${CREDENTIALS_FILE}\n`);

      const migrated = fs.readFileSync(path.join(repo, CREDENTIALS_FILE), 'utf8');
      expect(migrated).toContain(
        'const postUrl = `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(this.resource)}`;',
      );
      expect(migrated).toContain('request.get(postUrl, reqOptions, (err, response, body) => {');
      expect(migrated).toContain("reqOptions.headers['Metadata'] = 'true';");
      expect(migrated).toMatch(/proxy: false/);
      expect(migrated).not.toMatch(/localhost|Content-Type|reqOptions\.body|body: ''|request\.post/);
      // Bytes before getToken and after prepareRequestOptions are the published ones, line endings included.
      const lines = (text: string) => text.split(pkg.eol);
      const getTokenLine = lines(published).findIndex((line) => line.includes('getToken(callback) {'));
      expect(lines(migrated).slice(0, getTokenLine)).toEqual(lines(published).slice(0, getTokenLine));
      expect(lines(migrated).slice(-4)).toEqual(lines(published).slice(-4));
      expect(migrated.replaceAll('\r\n', '').includes('\n')).toBe(pkg.eol === '\n');

      const again = runBin(repo, ['lib']);
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(fs.readFileSync(path.join(repo, CREDENTIALS_FILE), 'utf8')).toBe(migrated);
      const { code, findings } = checkJson(repo);
      expect(code).toBe(0);
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    });

    it('the migrated copy gets its token from the strict fake IMDS in one valid request, bypassing HTTP_PROXY', async () => {
      const Migrated = loadCredentials(repo);
      const imds = imdsHandlers(fakeVmFor({ resource: RESOURCE }));
      network.server.resetHandlers(...imds, ...REFUSED_PORTS);
      network.bodiesOnGet.length = 0;

      const result = await withUnreachableProxy(() => requestToken(Migrated));
      expect(pkg.accessTokenOf(result.response ?? {}), JSON.stringify(result)).toBe(IMDS_ACCESS_TOKEN);
      expect(imds.requests.map(describeRequest)).toEqual([
        {
          method: 'GET',
          origin: 'http://169.254.169.254',
          path: '/metadata/identity/oauth2/token',
          apiVersions: ['2018-02-01'],
          resources: [RESOURCE],
          metadata: 'true',
          forwardedFor: undefined,
          body: '',
          status: 200,
        },
      ]);
      expect(network.proxiedRequests, 'requests sent to the proxy').toEqual([]);
      expect(network.bodiesOnGet, 'GET requests written with a body').toEqual([]);
    });
  },
);
