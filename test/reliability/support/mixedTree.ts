// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// A generated tree mixing every supported file type with broken and hostile files. Each file comes
// from a template that states what the tool must report for it (rule ids) and whether fix mode
// changes it, so the expectations follow from how the tree was made, not from a run of the tool.
import { legacyLine, migratedLine } from './cli';

export interface GeneratedFile {
  path: string;
  content: string | Buffer;
  /** Rule ids `--check` reports for the file, sorted. */
  findings: string[];
  /**
   * Rule ids still reported after fix mode, sorted. Advisories such as no-timeout are attached to the
   * legacy request, so they are not reported again once the request is on IMDS.
   */
  findingsAfterFix: string[];
  /** True when fix mode rewrites the file. */
  changes: boolean;
  /** The exact text after fix mode, when the template knows it. */
  after?: string;
  /** Why the file is skipped (a note on stderr), if it is. */
  skipped?: RegExp;
  /** True when the file does not parse (exit 2). */
  unparsable?: boolean;
}

type Template = (i: number, eol: string) => GeneratedFile;

const SCRIPT_EXTENSIONS = ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'mts', 'cts'];
const lines = (eol: string, ...text: string[]): string => text.join(eol) + eol;

const TEMPLATES: Record<string, Template> = {
  scriptFetch: (i, eol) => {
    const ext = SCRIPT_EXTENSIONS[i % SCRIPT_EXTENSIONS.length];
    const before = lines(eol, `// client ${i}`, legacyLine(`t${i}`));
    return {
      path: `src/fetch/client${i}.${ext}`,
      content: before,
      findings: ['legacy-endpoint', 'no-timeout'],
      findingsAfterFix: ['no-timeout'],
      changes: true,
      after: lines(eol, `// client ${i}`, migratedLine(`t${i}`)),
    };
  },
  scriptMissingHeader: (i, eol) => ({
    path: `src/header/h${i}.ts`,
    content: lines(eol, `export const h${i} = fetch('http://127.0.0.1:50342/oauth2/token?resource=https://vault.azure.net');`),
    findings: ['legacy-endpoint', 'missing-metadata-header', 'no-timeout'],
    findingsAfterFix: ['no-timeout'],
    changes: true,
    after: lines(
      eol,
      `export const h${i} = fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net', { headers: { Metadata: 'true' } });`,
    ),
  }),
  scriptAxiosTimeout: (i, eol) => ({
    path: `src/axios/a${i}.js`,
    content: lines(
      eol,
      `const axios = require('axios');`,
      `module.exports = () => axios.get('http://localhost:50342/oauth2/token', { params: { resource: 'r${i}' }, headers: { Metadata: 'true' }, timeout: 5000 });`,
    ),
    findings: ['legacy-endpoint'],
    findingsAfterFix: [],
    changes: true,
    after: lines(
      eol,
      `const axios = require('axios');`,
      `module.exports = () => axios.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01', { params: { resource: 'r${i}' }, headers: { Metadata: 'true' }, timeout: 5000, proxy: false });`,
    ),
  }),
  scriptDecoy: (i, eol) => ({
    path: `src/decoy/d${i}.ts`,
    content: lines(
      eol,
      `// Not the extension: http://localhost:50342/oauth2/token is only named in this comment.`,
      `export const appService${i} = fetch(process.env.MSI_ENDPOINT + '?resource=r&api-version=2017-09-01', { headers: { secret: process.env.MSI_SECRET ?? '' } });`,
      `export const entra${i} = fetch('https://login.microsoftonline.com/t/oauth2/token', { method: 'POST' });`,
      `export const port${i} = 50342;`,
    ),
    findings: [],
    findingsAfterFix: [],
    changes: false,
  }),
  scriptManual: (i, eol) => ({
    path: `src/manual/m${i}.ts`,
    content: lines(eol, `export const TOKEN_URL_${i} = 'http://localhost:50342/oauth2/token';`),
    findings: ['manual-review'],
    findingsAfterFix: ['manual-review'],
    changes: false,
  }),
  scriptSyntaxError: (i, eol) => ({
    path: `src/broken/b${i}.ts`,
    content: lines(eol, legacyLine(`b${i}`), `export const x${i} = ;`),
    findings: ['parse-error'],
    findingsAfterFix: ['parse-error'],
    changes: false,
    unparsable: true,
  }),
  scriptDeep: (i, eol) => {
    const deep = `export const deep${i} = ${'('.repeat(500)}1${')'.repeat(500)};`;
    return {
      path: `src/deep/n${i}.mjs`,
      content: lines(eol, legacyLine(`n${i}`), deep),
      findings: ['legacy-endpoint', 'no-timeout'],
      findingsAfterFix: ['no-timeout'],
      changes: true,
      after: lines(eol, migratedLine(`n${i}`), deep),
    };
  },
  armNested: (i, eol) => ({
    path: `infra/arm/vm${i}.json`,
    content: lines(
      eol,
      '{',
      '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",',
      '  "contentVersion": "1.0.0.0",',
      '  "resources": [',
      '    {',
      '      "type": "Microsoft.Compute/virtualMachines",',
      '      "apiVersion": "2019-07-01",',
      `      "name": "vm${i}",`,
      '      "identity": { "type": "SystemAssigned" },',
      '      "properties": {},',
      '      "resources": [',
      '        {',
      '          "type": "extensions",',
      '          "apiVersion": "2019-07-01",',
      '          "name": "msi",',
      `          "dependsOn": ["vm${i}"],`,
      '          "properties": { "publisher": "Microsoft.ManagedIdentity", "type": "ManagedIdentityExtensionForLinux", "typeHandlerVersion": "1.0", "settings": { "port": 50342 } }',
      '        }',
      '      ]',
      '    }',
      '  ]',
      '}',
    ),
    findings: ['vm-extension-provisioning'],
    findingsAfterFix: [],
    changes: true,
  }),
  armDecoy: (i, eol) => ({
    path: `infra/arm/identity${i}.json`,
    content: lines(
      eol,
      '{',
      '  "resources": [',
      `    { "type": "Microsoft.Compute/virtualMachines", "name": "vm${i}", "identity": { "type": "SystemAssigned" }, "properties": {} }`,
      '  ]',
      '}',
    ),
    findings: [],
    findingsAfterFix: [],
    changes: false,
  }),
  terraform: (i, eol) => ({
    path: `infra/tf/vm${i}.tf`,
    content: lines(
      eol,
      `resource "azurerm_virtual_machine_extension" "msi${i}" {`,
      '  name                 = "ManagedIdentityExtensionForLinux"',
      '  virtual_machine_id   = azurerm_linux_virtual_machine.api.id',
      '  publisher            = "Microsoft.ManagedIdentity"',
      '  type                 = "ManagedIdentityExtensionForLinux"',
      '  type_handler_version = "1.0"',
      '}',
      '',
      `output "id${i}" {`,
      '  value = azurerm_linux_virtual_machine.api.id',
      '}',
    ),
    findings: ['vm-extension-provisioning'],
    findingsAfterFix: [],
    changes: true,
  }),
  bicep: (i, eol) => ({
    path: `infra/bicep/vm${i}.bicep`,
    content: lines(
      eol,
      "resource vm 'Microsoft.Compute/virtualMachines@2023-03-01' existing = {",
      `  name: 'vm${i}'`,
      '}',
      '',
      "resource msi 'Microsoft.Compute/virtualMachines/extensions@2023-03-01' = {",
      '  parent: vm',
      "  name: 'ManagedIdentityExtensionForLinux'",
      "  location: 'westeurope'",
      '  properties: {',
      "    publisher: 'Microsoft.ManagedIdentity'",
      "    type: 'ManagedIdentityExtensionForLinux'",
      "    typeHandlerVersion: '1.0'",
      '  }',
      '}',
    ),
    // Bicep is report-only (docs/infra.md).
    findings: ['vm-extension-provisioning'],
    findingsAfterFix: ['vm-extension-provisioning'],
    changes: false,
  }),
  powershell: (i, eol) => ({
    path: `scripts/ps/token${i}.ps1`,
    content: lines(
      eol,
      `# token ${i}`,
      `$t = Invoke-RestMethod -Uri 'http://localhost:50342/oauth2/token?resource=https://management.azure.com/' -Headers @{Metadata="true"}`,
    ),
    findings: ['legacy-endpoint'],
    findingsAfterFix: [],
    changes: true,
  }),
  shell: (i, eol) => ({
    path: `scripts/sh/token${i}.sh`,
    content: lines(
      eol,
      '#!/bin/sh',
      `TOKEN=$(curl -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://management.azure.com/") # ${i}`,
    ),
    findings: ['legacy-endpoint'],
    findingsAfterFix: [],
    changes: true,
  }),
  dockerfile: (i, eol) => ({
    path: `services/svc${i}/Dockerfile`,
    content: lines(
      eol,
      'FROM alpine:3.20',
      `RUN curl -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://management.azure.com/" -o /tmp/t${i}`,
    ),
    findings: ['legacy-endpoint'],
    findingsAfterFix: [],
    changes: true,
  }),
  workflow: (i, eol) => ({
    path: `.github/workflows/deploy${i}.yml`,
    content: lines(
      eol,
      `name: deploy${i}`,
      'on: [push]',
      'jobs:',
      '  deploy:',
      '    runs-on: self-hosted',
      '    steps:',
      '      - run: curl -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://management.azure.com/" -o token.json',
    ),
    findings: ['legacy-endpoint'],
    findingsAfterFix: [],
    changes: true,
  }),
  markdown: (i, eol) => ({
    path: `docs/guide${i}.md`,
    content: lines(
      eol,
      `# Guide ${i}`,
      '',
      '```sh',
      'curl -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://management.azure.com/"',
      '```',
    ),
    findings: ['legacy-endpoint'],
    findingsAfterFix: ['legacy-endpoint'],
    changes: false,
  }),
  python: (i, eol) => ({
    path: `py/token${i}.py`,
    content: lines(
      eol,
      'import requests',
      '',
      `def token${i}(resource):`,
      '    return requests.get("http://localhost:50342/oauth2/token", params={"resource": resource}, headers={"Metadata": "true"}).json()',
    ),
    // A GET literal that starts with the URL, in a file with no POST: rewritten (docs/text.md), with the
    // advice to keep requests off any proxy.
    findings: ['legacy-endpoint', 'proxy-not-bypassed'],
    findingsAfterFix: [],
    changes: true,
  }),
  packageLock: (i, eol) => ({
    path: `packages/p${i}/package-lock.json`,
    content: lines(
      eol,
      '{',
      `  "name": "p${i}",`,
      '  "lockfileVersion": 3,',
      '  "requires": true,',
      '  "packages": {',
      `    "": { "name": "p${i}", "dependencies": { "ms-rest-azure": "^2.5.0" } },`,
      '    "node_modules/ms-rest-azure": { "version": "2.5.9" }',
      '  }',
      '}',
    ),
    findings: ['legacy-sdk-version'],
    findingsAfterFix: ['legacy-sdk-version'],
    changes: false,
  }),
  binary: (i) => ({
    path: `assets/blob${i}.js`,
    content: Buffer.concat([Buffer.from(`${legacyLine(`x${i}`)}\n`), Buffer.from([0, 0x89, 0x50, 0x4e, 0x47, 0])]),
    findings: [],
    findingsAfterFix: [],
    changes: false,
    skipped: /binary/,
  }),
  invalidUtf8: (i) => ({
    path: `scripts/latin1/l${i}.sh`,
    content: Buffer.concat([
      Buffer.from('#!/bin/sh\n# caf'),
      Buffer.from([0xe9, 0xff]),
      Buffer.from('\ncurl -H Metadata:true "http://localhost:50342/oauth2/token?resource=x"\n'),
    ]),
    findings: [],
    findingsAfterFix: [],
    changes: false,
    skipped: /not valid UTF-8/,
  }),
  minified: (i) => ({
    path: `public/bundle${i}.js`,
    content: `${legacyLine(`m${i}`)}${'var a=1;'.repeat(1_500)}\n`,
    findings: [],
    findingsAfterFix: [],
    changes: false,
    skipped: /minified/,
  }),
};

/** The tree: `perTemplate` files of each template (alternating LF and CRLF), plus one file over 5 MB. */
export function generateMixedTree(perTemplate: number): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const template of Object.values(TEMPLATES)) {
    for (let i = 0; i < perTemplate; i++) files.push(template(i, i % 2 === 0 ? '\n' : '\r\n'));
  }
  files.push({
    path: 'src/generated/huge.ts',
    content: `${legacyLine('huge')}\n${'// generated padding line, generated padding line, generated padding line\n'.repeat(75_000)}`,
    findings: [],
    findingsAfterFix: [],
    changes: false,
    skipped: /larger than 5 MB/,
  });
  return files;
}
