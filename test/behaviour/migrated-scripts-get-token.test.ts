// The shell-script and Python fixture pairs, run: each legacy script gets a token from the fake VM
// extension, the engine migrates it, and the migrated script gets a token from the strict fake IMDS.
// Every connection goes to a server on 127.0.0.1: the shell scripts run in bash with the real curl, and a
// `curl` first on PATH adds `--connect-to ::127.0.0.1:<port>` (any host, any port); Python runs with a
// sitecustomize that resolves every host name to 127.0.0.1 and connects every socket to that port. The
// proxies the migrated shell run sets are loopback addresses no one listens on. Nothing leaves the machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import type { CaseCall } from './behaviourCase';
import {
  createExtensionServer,
  createImdsServer,
  FAKE_EXTENSION_ACCESS_TOKEN as EXTENSION_ACCESS_TOKEN,
  FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN,
  IMDS_ORIGIN,
  type FakeServer,
} from '../../src/testing';
import { fakeVmFor } from './expectedCall';

const SCRIPTS = path.resolve(__dirname, '../../__testfixtures__/text/scripts');
const SOURCES = path.resolve(__dirname, '../../__testfixtures__/text/sources');
const UNREACHABLE_PROXY = 'http://127.0.0.1:9';

/** What each script's token request asks for (the fakes accept nothing else). */
const CASES: Record<string, CaseCall> = {
  'curl-get': { resource: 'https://management.azure.com/' },
  'curl-post-form': { resource: 'https://vault.azure.net', identity: { client_id: '00000000-0000-0000-0000-000000000001' } },
  'curl-data-urlencode-variable': { resource: 'https://storage.azure.com/' },
  'curl-noproxy-localhost': { resource: 'https://management.azure.com/' },
  'curl-custom-port': { resource: 'https://management.azure.com/', extensionPort: 50343 },
  'curl-port-variable': { resource: 'https://management.azure.com/' },
  'curl-port-variable-post': { resource: 'https://storage.azure.com/' },
  'curl-existing-api-version': { resource: 'https://management.azure.com/' },
  'loopback-spellings': { resource: 'https://vault.azure.net' },
};
/** Shell fixture pairs that are not run, and why. */
const NOT_RUN: Record<string, string> = {
  'az-login-equals': 'needs the Azure CLI',
  'curl-existing-api-version-variants':
    'three requests in one script, printing nothing (curl-existing-api-version runs the shape against the strict fake IMDS)',
  'curl-port-argument':
    'takes its port and resource as arguments (its shape is the point: a port nobody can see, in a file about the managed identity)',
  'az-login-msi-port': 'needs the Azure CLI',
  'curl-post-form-crlf': 'CRLF line endings, which bash does not run (curl-post-form is the same script with LF)',
  'wget-post': 'wget cannot be pointed at a loopback server but through a proxy, which the migrated script rightly turns off',
  'wget-get': 'wget cannot be pointed at a loopback server but through a proxy, which the migrated script rightly turns off',
};

/** Every socket of the Python process goes to the loopback server, whatever host or port it names. */
const PYTHON_LOOPBACK = `import os, socket
_port = int(os.environ['MI_LOOPBACK_PORT'])
_connect = socket.socket.connect
def _getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, '', ('127.0.0.1', _port))]
def _to_loopback(self, address):
    return _connect(self, ('127.0.0.1', _port))
socket.getaddrinfo = _getaddrinfo
socket.socket.connect = _to_loopback
`;

const commandPath = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
const curl = commandPath('curl');
const bash = commandPath('bash');
const python = commandPath('python3');
const pythonHasRequests =
  python !== '' && spawnSync(python, ['-c', 'import requests'], { env: { PATH: process.env.PATH ?? '' } }).status === 0;

/** The fake the scripts reach now (mi-codemod/testing's servers on 127.0.0.1): the extension, then IMDS. */
let fake: FakeServer | undefined;
async function serve(next: Promise<FakeServer>): Promise<FakeServer> {
  await fake?.close();
  fake = await next;
  return fake;
}
let binDir: string;
beforeAll(async () => {
  binDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-scripts-bin-'));
  fs.writeFileSync(path.join(binDir, 'curl'), `#!/bin/sh\nexec ${JSON.stringify(curl)} --connect-to "::127.0.0.1:$MI_FAKE_PORT" "$@"\n`, {
    mode: 0o755,
  });
  // `jq -r .field`, all the scripts ask of jq (so the test does not depend on jq being installed).
  const jq = `#!${process.execPath}\nconst field = process.argv[process.argv.length - 1].replace(/^\\./, '');\nlet input = '';\nprocess.stdin.on('data', (chunk) => (input += chunk)).on('end', () => console.log(JSON.parse(input)[field]));\n`;
  fs.writeFileSync(path.join(binDir, 'jq'), jq, { mode: 0o755 });
  fs.writeFileSync(path.join(binDir, 'sitecustomize.py'), PYTHON_LOOPBACK);
});
afterAll(async () => {
  await fake?.close();
  if (binDir) fs.rmSync(binDir, { recursive: true, force: true });
});

/**
 * Runs `script` (bash, or Python importing it as a module) in a fresh directory; resolves to its exit
 * code, stdout and any token.json it wrote. Asynchronous: the fakes answer from this process.
 */
async function runScript(
  script: string,
  proxies: boolean,
  language: 'bash' | 'python' = 'bash',
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; output: string; stderr: string }> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-script-'));
  try {
    fs.writeFileSync(path.join(workDir, language === 'bash' ? 'token.sh' : 'legacy_token.py'), script);
    const env: Record<string, string> = {
      PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: workDir,
      LANG: 'C',
      MI_FAKE_PORT: String(fake?.port),
    };
    if (proxies) for (const name of ['http_proxy', 'https_proxy', 'HTTPS_PROXY', 'ALL_PROXY', 'all_proxy']) env[name] = UNREACHABLE_PROXY;
    if (language === 'python')
      Object.assign(env, { PYTHONPATH: binDir, MI_LOOPBACK_PORT: String(fake?.port), PYTHONDONTWRITEBYTECODE: '1' });
    Object.assign(env, extraEnv);
    const [command, args] =
      language === 'bash' ? [bash, ['token.sh']] : [python, ['-c', 'import legacy_token; print(legacy_token.get_token())']];
    const child = spawn(command, args, { cwd: workDir, env, timeout: 20_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const tokenFile = path.join(workDir, 'token.json');
    const written = fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8') : '';
    return { code, output: stdout + written, stderr };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** What a script's output shows of the token it got: the token itself, or (curl-get) its length. */
function showsToken(output: string, token: string): boolean {
  return output.includes(token) || output.includes(`got a token of ${token.length} characters`);
}

describe.runIf(curl !== '' && bash !== '')('migrated shell scripts get a token from the strict fake IMDS', () => {
  it('runs every shell fixture pair, or says why not', () => {
    const pairs = fs
      .readdirSync(SCRIPTS)
      .filter((name) => /\.output\.(?:sh|bash)$/.test(name))
      .map((name) => name.replace(/\.output\.(?:sh|bash)$/, ''));
    expect(pairs.sort()).toEqual([...Object.keys(CASES), ...Object.keys(NOT_RUN)].sort());
    for (const name of Object.keys(CASES))
      expect(fs.readFileSync(path.join(SCRIPTS, `${name}.input.sh`), 'utf8'), name).not.toMatch(/\/curl\b/); // curl by PATH only
  });

  it.each(Object.keys(CASES))('%s', async (name) => {
    const sends = CASES[name];
    const legacy = fs.readFileSync(path.join(SCRIPTS, `${name}.input.sh`), 'utf8');

    // 1. The legacy script works against the fake extension, on the port the script names.
    const extension = await serve(createExtensionServer(fakeVmFor(sends)));
    const before = await runScript(legacy, false);
    expect(before.code, before.stderr).toBe(0);
    expect(extension.requests.map((request) => [request.status, new URL(request.url).port])).toEqual([
      [200, String(sends.extensionPort ?? 50342)],
    ]);
    expect(showsToken(before.output, EXTENSION_ACCESS_TOKEN), before.output).toBe(true);

    // 2. The engine migrates it, fully, to the fixture's output.
    const result = analyseFile(legacy, { filename: `scripts/${name}.sh` });
    expect(result.findings.filter((finding) => finding.ruleId === 'manual-review')).toEqual([]);
    expect(result.output).toBe(fs.readFileSync(path.join(SCRIPTS, `${name}.output.sh`), 'utf8'));

    // 3. The migrated script gets its token from IMDS alone, in one request, though proxies are set.
    const imds = await serve(createImdsServer(fakeVmFor(sends)));
    const after = await runScript(result.output, true);
    expect(after.code, after.stderr).toBe(0);
    // Every request the server saw, refused ones (a proxy request, another host) included: exactly one, accepted.
    expect(imds.requests.map((request) => [request.status, new URL(request.url).origin, request.refused])).toEqual([
      [200, IMDS_ORIGIN, undefined],
    ]);
    expect(showsToken(after.output, IMDS_ACCESS_TOKEN), after.output).toBe(true);

    // Control: the legacy script gets nothing where only IMDS answers (so step 3 means something).
    const imdsOnly = await serve(createImdsServer(fakeVmFor(sends)));
    const control = await runScript(legacy, false);
    expect(showsToken(control.output, IMDS_ACCESS_TOKEN) || showsToken(control.output, EXTENSION_ACCESS_TOKEN)).toBe(false);
    // It reached the IMDS server (curl connects everything there) and was refused as addressed to another host.
    expect(imdsOnly.requests.length).toBeGreaterThan(0);
    expect(imdsOnly.requests.every((request) => request.status === 421)).toBe(true);
  });
});

/** Python fixture pairs that are run: each module's get_token() asks for this. */
const PYTHON_CASES: Record<string, CaseCall> = {
  'requests-get': { resource: 'https://management.azure.com/' },
  'fstring-port': { resource: 'https://management.azure.com/' },
  'loopback-spellings': { resource: 'https://management.azure.com/' },
};

describe.runIf(pythonHasRequests)('a migrated Python module gets a token from the strict fake IMDS', () => {
  it.each(Object.keys(PYTHON_CASES))('%s', async (name) => {
    const sends = PYTHON_CASES[name];
    const legacy = fs.readFileSync(path.join(SOURCES, `${name}.input.py`), 'utf8');
    const extension = await serve(createExtensionServer(fakeVmFor(sends)));
    const before = await runScript(legacy, false, 'python');
    expect(before.code, before.stderr).toBe(0);
    expect(extension.requests.map((request) => [request.status, new URL(request.url).port])).toEqual([[200, '50342']]);
    expect(before.output.trim()).toBe(EXTENSION_ACCESS_TOKEN);

    const result = analyseFile(legacy, { filename: `sources/${name}.py` });
    expect(result.findings.filter((finding) => finding.ruleId === 'manual-review')).toEqual([]);
    expect(result.output).toBe(fs.readFileSync(path.join(SOURCES, `${name}.output.py`), 'utf8'));

    const imds = await serve(createImdsServer(fakeVmFor(sends)));
    const after = await runScript(result.output, false, 'python');
    expect(after.code, after.stderr).toBe(0);
    expect(imds.requests.map((request) => [request.status, new URL(request.url).origin, request.refused])).toEqual([
      [200, IMDS_ORIGIN, undefined],
    ]);
    expect(after.output.trim()).toBe(IMDS_ACCESS_TOKEN);

    await serve(createImdsServer(fakeVmFor(sends)));
    expect((await runScript(legacy, false, 'python')).output).not.toContain(IMDS_ACCESS_TOKEN);
  });

  it('requests-get behind a proxy: as its proxy-not-bypassed warning says, the proxy must be opted out of', async () => {
    const sends: CaseCall = { resource: 'https://management.azure.com/' };
    const migrated = analyseFile(fs.readFileSync(path.join(SOURCES, 'requests-get.input.py'), 'utf8'), {
      filename: 'sources/requests-get.py',
    });
    const warning = migrated.findings.find((finding) => finding.ruleId === 'proxy-not-bypassed');
    expect(warning?.message).toContain('NO_PROXY');
    expect(warning?.message).toContain('trust_env is False');

    // With HTTP(S)_PROXY set, requests sends the migrated call to the proxy: IMDS never sees it.
    const imds = await serve(createImdsServer(fakeVmFor(sends)));
    const proxied = await runScript(migrated.output, true, 'python');
    expect(proxied.code).not.toBe(0);
    expect(imds.requests.map((request) => request.refused)).toEqual(['sent to this server as to a proxy']);

    // Either opt-out the warning names gets the token from IMDS.
    const withNoProxy = await runScript(migrated.output, true, 'python', { NO_PROXY: '169.254.169.254', no_proxy: '169.254.169.254' });
    expect(withNoProxy.code, withNoProxy.stderr).toBe(0);
    const perRequest = migrated.output.replace(
      '    resp = requests.get(',
      '    session = requests.Session()\n    session.trust_env = False\n    resp = session.get(',
    );
    expect(perRequest).not.toBe(migrated.output);
    const withOptOut = await runScript(perRequest, true, 'python');
    expect(withOptOut.code, withOptOut.stderr).toBe(0);
    expect(imds.requests.map((request) => request.status)).toEqual([502, 200, 200]);
  });
});
