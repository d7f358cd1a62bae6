import { readFileSync } from 'node:fs';
import path from 'node:path';
// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/engine/applyEdits';
import { analyseTextFile, isTextInfraFile, textFileKind, textFileMayContainPattern } from '../../src/infra/text';

describe('textFileKind', () => {
  it.each([
    ['deploy/get-token.ps1', 'powershell'],
    ['Module.psm1', 'powershell'],
    ['scripts/run.sh', 'shell'],
    ['run.bash', 'shell'],
    ['Dockerfile', 'dockerfile'],
    ['build/Dockerfile.prod', 'dockerfile'],
    ['api.Dockerfile', 'dockerfile'],
    ['.github/workflows/ci.yml', 'github-actions'],
    ['C:\\repo\\.github\\workflows\\ci.yaml', 'github-actions'],
    ['azure-pipelines.yml', 'azure-pipelines'],
    ['ci/azure-pipelines-release.yaml', 'azure-pipelines'],
    ['deploy.pipeline.yml', 'azure-pipelines'],
    ['.azure-pipelines/templates/steps.yml', 'azure-pipelines'],
    ['.gitlab-ci.yml', 'gitlab-ci'],
    ['ci/deploy.gitlab-ci.yaml', 'gitlab-ci'],
    ['.gitlab/ci/deploy.yml', 'gitlab-ci'],
    ['README.md', 'markdown'],
    ['app/token.py', 'source'],
    ['Token.cs', 'source'],
  ])('%s is %s', (filename, kind) => {
    expect(textFileKind(filename)?.kind).toBe(kind);
  });

  it('leaves other YAML, JSON and JS files to other engines', () => {
    for (const filename of ['docker-compose.yml', 'k8s/deploy.yaml', '.github/dependabot.yml', 'azuredeploy.json', 'index.ts', 'main.tf']) {
      expect(isTextInfraFile(filename)).toBe(false);
      expect(analyseTextFile('http://localhost:50342/oauth2/token', { filename })).toBeUndefined();
    }
  });
});

describe('analyseTextFile', () => {
  it('uses the apiVersion option, exactly once, replacing one already in the legacy URL', () => {
    const text =
      "curl -H Metadata:true 'http://localhost:50342/oauth2/token?api-version=2017-09-01&resource=https://management.azure.com/'\n";
    const result = analyseTextFile(text, { filename: 'a.sh', apiVersion: '2019-08-15' })!;
    expect(result.output).toBe(
      "curl --noproxy '*' -H Metadata:true 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2019-08-15&resource=https://management.azure.com/'\n",
    );
  });

  it.each([
    ['a.py', 'requests.get(f"http://localhost:50342/oauth2/token?resource={r}&api-version=2018-02-01", headers={"Metadata": "true"})\n'],
    ['A.cs', 'H.GetStringAsync($"http://localhost:50342/oauth2/token?api-version=2017-09-01&resource={r}"); // Metadata: true\n'],
    ['a.sh', 'curl -H Metadata:true --noproxy "*" "http://localhost:50342/oauth2/token?resource=$R&api-version=2017-09-01"\n'],
    ['a.ps1', 'irm "http://localhost:50342/oauth2/token?resource=$r&api-version=2017-09-01" -Headers @{Metadata="true"} -NoProxy\n'],
  ])('%s: the apiVersion option replaces the api-version a legacy URL already holds', (filename, text) => {
    const result = analyseTextFile(text, { filename, apiVersion: '2019-08-15' })!;
    expect(result.changed).toBe(true);
    expect(result.output.match(/api-version=[^&"]*/g)).toEqual(['api-version=2019-08-15']);
  });

  it('reports positions as 1-based line and column of the command', () => {
    const result = analyseTextFile('\uFEFF# x\r\n  curl -H Metadata:true http://localhost:50342/oauth2/token\r\n', { filename: 'a.sh' })!;
    expect(result.findings.map((finding) => finding.loc.start)).toEqual([{ line: 2, column: 3 }]);
    expect(result.output.startsWith('\uFEFF# x\r\n  curl --noproxy')).toBe(true);
  });

  it('the prefilter lets every reported file through', () => {
    expect(textFileMayContainPattern('echo hello', 'a.sh')).toBe(false);
    expect(textFileMayContainPattern('az login --identity --msi-port 1', 'a.sh')).toBe(true);
    expect(textFileMayContainPattern('http://localhost:50342/oauth2/token', 'a.py')).toBe(true);
  });

  const fragments = [
    'curl ',
    'wget ',
    'Invoke-RestMethod ',
    'irm ',
    'az login ',
    '--msi-port ',
    '50342 ',
    '-H ',
    'Metadata:true ',
    '-d ',
    'resource=x ',
    'http://localhost:50342/oauth2/token',
    '?resource=https://management.azure.com/',
    "'",
    '"',
    '`',
    '\\',
    '$(',
    ')',
    '@{',
    '}',
    '${',
    '(',
    '\n',
    '\r\n',
    ' ',
    '#',
    '<#',
    '#>',
    ';',
    '|',
    '&&',
    '-X POST ',
    '-Method Post ',
    '-Body ',
    '$x',
    '=',
  ];
  const scriptText = fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));

  it('never throws, and every fix applies cleanly to exactly its ranges', () => {
    fc.assert(
      fc.property(
        scriptText,
        fc.constantFrom('a.sh', 'a.ps1', 'Dockerfile', 'a.py', 'a.md', '.github/workflows/a.yml'),
        (text, filename) => {
          const result = analyseTextFile(text, { filename, includeDocs: true })!;
          const edits = result.findings.flatMap((finding) => finding.fix ?? []);
          expect(result.output).toBe(edits.length > 0 ? applyEdits(text, edits) : text);
          for (const finding of result.findings) {
            expect(finding.start).toBeGreaterThanOrEqual(0);
            expect(finding.end).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('removes every az login port flag in one run (a counterexample the property below found: the second run removed more)', () => {
    for (const text of ['az login --msi-port curl --msi-port ', 'az login --identity --msi-port=50342 --msi-port 1\n']) {
      const once = analyseTextFile(text, { filename: 'a.sh' })!;
      expect(once.output).not.toMatch(/--msi-port/);
      expect(analyseTextFile(once.output, { filename: 'a.sh' })!.output).toBe(once.output);
    }
  });

  it('migrating twice changes nothing the second time', () => {
    fc.assert(
      fc.property(scriptText, fc.constantFrom('a.sh', 'a.ps1'), (text, filename) => {
        const once = analyseTextFile(text, { filename })!;
        const twice = analyseTextFile(once.output, { filename })!;
        expect(twice.output).toBe(once.output);
      }),
      { numRuns: 400 },
    );
  });
});

describe('rewritten token URLs in other languages', () => {
  const SOURCES = path.resolve(__dirname, '../../__testfixtures__/text/sources');
  it.each([
    ['requests-get.input.py', 'NO_PROXY', 'trust_env is False'],
    ['TokenClient.input.cs', 'NO_PROXY', 'UseProxy = false'],
    ['TokenClient.input.java', 'http.nonProxyHosts', 'Proxy.NO_PROXY'],
    ['token.input.go', 'NO_PROXY', 'Proxy is nil'],
    ['token.input.rb', 'no_proxy', 'Net::HTTP.new(host, port, nil)'],
  ])('%s: every rewritten URL carries a proxy-not-bypassed warning naming the opt-outs', (name, ...optOuts) => {
    const result = analyseTextFile(readFileSync(path.join(SOURCES, name), 'utf8'), {
      filename: `sources/${name.replace('.input.', '.')}`,
    })!;
    const rewritten = result.findings.filter((finding) => finding.ruleId === 'legacy-endpoint' && finding.fix);
    const warnings = result.findings.filter((finding) => finding.ruleId === 'proxy-not-bypassed');
    expect(rewritten.length).toBeGreaterThan(0);
    expect(warnings.map((warning) => [warning.start, warning.severity])).toEqual(rewritten.map((finding) => [finding.start, 'warning']));
    for (const warning of warnings) for (const optOut of optOuts) expect(warning.message).toContain(optOut);
  });

  it('gives no such warning when the URL is only reported (the message already says: no proxy)', () => {
    const result = analyseTextFile("import requests\nrequests.post('http://localhost:50342/oauth2/token', data={'resource': 'x'})\n", {
      filename: 'a.py',
    })!;
    expect(result.findings.map((finding) => finding.ruleId).sort()).toEqual(['legacy-endpoint', 'manual-review']);
  });
});
