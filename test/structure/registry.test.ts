// The registry of file kinds (src/fileKinds.ts): every kind's analyser, loaded the CLI's way (on first
// use, through the registry), reports what the synchronous analyseFile reports for a file of that kind.
// A new kind needs a sample here, so that its lazy import is exercised too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { FILE_KINDS, fileKindOf, loadAnalyser, mayContainPattern, type FileKindName } from '../../src/fileKinds';

const FIXTURES = path.resolve(__dirname, '../../__testfixtures__');

/** One file of each kind that holds something to report. */
const SAMPLES: Record<FileKindName, { fixture: string; filename: string }> = {
  script: { fixture: 'engine/clients/axios-config.input.ts', filename: 'src/token.ts' },
  manifest: { fixture: 'sdk-version/legacy-lock/package-lock.json', filename: 'package-lock.json' },
  arm: { fixture: 'infra/arm-top-level-dependson.input.json', filename: 'azuredeploy.json' },
  jsonnet: { fixture: 'infra/arm-jsonnet.input.jsonnet', filename: 'vm.jsonnet' },
  templated: { fixture: 'infra/acs-engine-part-agent.input.t', filename: 'parts/agent.t' },
  bicep: { fixture: 'infra/bicep-vm-extension.input.bicep', filename: 'main.bicep' },
  terraform: { fixture: 'infra/terraform-vm-extension.input.tf', filename: 'main.tf' },
  text: { fixture: 'text/scripts/az-login-msi-port.input.sh', filename: 'deploy.sh' },
  config: { fixture: 'text/config/settings.input.yml', filename: 'settings.yml' },
};

describe('the registry of file kinds', () => {
  it.each(FILE_KINDS.map((kind) => kind.name))('%s: the lazily loaded analyser reports what analyseFile reports', async (name) => {
    const { fixture, filename } = SAMPLES[name];
    const text = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
    expect(fileKindOf(filename)?.name).toBe(name);
    expect(mayContainPattern(text, filename)).toBe(true);
    const expected = analyseFile(text, { filename });
    expect(expected.findings.length).toBeGreaterThan(0);
    const analyse = await loadAnalyser(filename);
    expect(analyse(text, { filename })).toEqual(expected);
  });

  it('names each kind once', () => {
    const names = FILE_KINDS.map((kind) => kind.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives a file no kind reads an analyser that finds nothing', async () => {
    const analyse = await loadAnalyser('notes.txt');
    expect(analyse('http://localhost:50342/oauth2/token', { filename: 'notes.txt' })).toEqual({
      filename: 'notes.txt',
      findings: [],
      output: 'http://localhost:50342/oauth2/token',
      changed: false,
    });
  });
});
