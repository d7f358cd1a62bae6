import { describe, expect, it } from 'vitest';
import { analyseFile, isSupportedFile, mayContainPattern } from '../../src/analyseFile';
import type { FileResult, Finding } from '../../src/engine/types';
import { fileKindOf } from '../../src/fileKinds';
import { analyseFixture, readFixture } from './fixtureCases';

const fixed = (result: FileResult): Finding[] => result.findings.filter((finding) => finding.fix);
const reported = (result: FileResult): Finding[] => result.findings.filter((finding) => !finding.fix);

describe('infra dispatch', () => {
  it('reads ARM, Jsonnet, Bicep and Terraform files (manifests before ARM), and routes them from analyseFile', () => {
    const kinds = {
      'a.json': 'arm',
      'a.JSONC': 'arm',
      'a.json.tmpl': 'arm',
      'a.jsonnet': 'jsonnet',
      'parts/k8s/agentresources.t': 'templated',
      'vm.json.j2': 'templated',
      'main.bicep': 'bicep',
      'main.tf': 'terraform',
      'package.json': 'manifest',
      'sub/package-lock.json': 'manifest',
      // Scripts and CI files go to src/infra/text.
      'deploy.sh': 'text',
      'setup.ps1': 'text',
      'app.ts': 'script',
      // Other configuration files go to the config kind (JSON is read with ARM, above).
      'settings.yml': 'config',
      'main.tfvars.yaml': 'config',
      '.env': 'config',
    };
    for (const [name, kind] of Object.entries(kinds)) {
      expect(fileKindOf(name)?.name).toBe(kind);
      expect(isSupportedFile(name)).toBe(true);
    }
    expect(fileKindOf('notes.txt')).toBeUndefined();
    expect(isSupportedFile('notes.txt')).toBe(false);
  });

  it('prefilters on the ManagedIdentityExtension marker before parsing', () => {
    expect(mayContainPattern('{"resources": []}', 'azuredeploy.json')).toBe(false);
    expect(mayContainPattern('{"type": "ManagedIdentityExtensionForLinux"}', 'azuredeploy.json')).toBe(true);
    // Without the marker even a broken file is skipped, not reported as a parse error.
    expect(analyseFile('{ "resources": [ Microsoft.ManagedIdentity', { filename: 'x.json' }).findings).toEqual([]);
  });

  it('reports a parse error, and changes nothing, for an ARM template that is not valid JSON', () => {
    const text = readFixture('arm-still-referenced.input.json').replace('"contentVersion"', '"contentVersion" "x",');
    const result = analyseFile(text, { filename: 'azuredeploy.json' });
    expect(result.parseError).toBeDefined();
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['parse-error']);
    expect(result.output).toBe(text);
  });
});

describe('ARM findings', () => {
  it('says what is removed and that the identity stays, at the resource span', () => {
    const input = readFixture('arm-top-level-dependson.input.json');
    const result = analyseFixture(input, 'arm-top-level-dependson.input.json');
    const [extension] = result.findings.filter((finding) => finding.ruleId === 'vm-extension-provisioning');
    expect(extension.severity).toBe('error');
    expect(extension.message).toMatch(/^Deploys .*ManagedIdentityExtensionForWindows/);
    expect(extension.fixDescription).toMatch(/^removed with 3 references .*identity block stays$/);
    expect(extension.loc.start).toEqual({ line: 17, column: 5 });
    expect(extension.loc.end.line).toBe(30);
    expect(input.slice(extension.start, extension.end)).toMatch(/^\{[\s\S]*\}$/);
  });

  it('reports, without removing, a port parameter only the extension used', () => {
    const result = analyseFixture(readFixture('arm-top-level-dependson.input.json'), 'a.json');
    const port = result.findings.find((finding) => finding.ruleId === 'dead-port-config');
    expect(port).toMatchObject({ severity: 'warning', loc: { start: { line: 6 } } });
    expect(port?.fix).toBeUndefined();
    expect(result.output).toContain('"msiPort"');
  });

  it('leaves an extension that an output still references, and says where', () => {
    const result = analyseFixture(readFixture('arm-still-referenced.input.json'), 'a.json');
    expect(fixed(result)).toEqual([]);
    expect(result.findings[0].message).toMatch(/still referenced on line 28/);
  });

  it('matches publisher and type case-insensitively, never the name', () => {
    const template = (publisher: string, type: string, name: string) =>
      JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        resources: [{ type: 'Microsoft.Compute/virtualMachines/extensions', name, properties: { publisher, type } }],
      });
    const count = (text: string) => analyseFile(text, { filename: 't.json' }).findings.length;
    expect(count(template('MICROSOFT.MANAGEDIDENTITY', 'managedIdentityExtensionForWindows', 'x/y'))).toBe(1);
    expect(count(template('Microsoft.Azure.Extensions', 'CustomScript', 'vm/ManagedIdentityExtensionForLinux'))).toBe(0);
    expect(count(template('Microsoft.ManagedIdentity', 'ManagedIdentityExtensionForLinuxPreview', 'x/y'))).toBe(0);
  });

  it('reports every extension of a Go-templated file without touching it', () => {
    const input = readFixture('arm-go-template.input.json');
    const result = analyseFixture(input, 'arm-go-template.input.json');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].message).toMatch(/\{\{ \$vm\.Name \}\}\/ManagedIdentityExtensionForLinux.*Go template/);
    expect(result.output).toBe(input);
  });
});

describe('Terraform findings', () => {
  const input = readFixture('terraform-vm-extension.input.tf');
  const result = analyseFixture(input, 'main.tf');

  it('fixes the unreferenced extension and reports the referenced one and the scale set block', () => {
    expect(fixed(result).map((finding) => finding.loc.start.line)).toEqual([21]);
    expect(reported(result).map((finding) => finding.loc.start.line)).toEqual([41, 72]);
    expect(reported(result)[0].message).toMatch(/referenced on line 58/);
  });

  it('counts a reference inside a string template, not one inside a comment', () => {
    const text = [
      'resource "azurerm_virtual_machine_extension" "msi" {',
      '  publisher = "Microsoft.ManagedIdentity"',
      '  type      = "ManagedIdentityExtensionForWindows"',
      '}',
      '# azurerm_virtual_machine_extension.msi is gone',
      '',
    ].join('\r\n');
    expect(analyseFile(text, { filename: 'a.tf' }).output).toBe('# azurerm_virtual_machine_extension.msi is gone\r\n');
    const used = `${text}output "x" { value = "\${azurerm_virtual_machine_extension.msi.id}" }\r\n`;
    const usedResult = analyseFile(used, { filename: 'a.tf' });
    expect(usedResult.changed).toBe(false);
    expect(usedResult.findings[0].message).toMatch(/referenced on line 6/);
  });

  it('ignores publisher and type that only appear inside a heredoc', () => {
    const text = [
      'resource "azurerm_virtual_machine_extension" "setup" {',
      '  publisher = "Microsoft.Azure.Extensions"',
      '  type      = "CustomScript"',
      '  settings  = <<EOT',
      '  { "publisher": "Microsoft.ManagedIdentity", "type": "ManagedIdentityExtensionForLinux" }',
      '  }',
      'EOT',
      '}',
      '',
    ].join('\n');
    expect(analyseFile(text, { filename: 'a.tf' }).findings).toEqual([]);
  });
});

describe('Bicep findings', () => {
  it('reports the extension resource and the scale set profile entry, with their line spans', () => {
    const result = analyseFixture(readFixture('bicep-vm-extension.input.bicep'), 'main.bicep');
    expect(result.findings.map((finding) => [finding.loc.start.line, finding.loc.end.line])).toEqual([
      [29, 42],
      [52, 59],
    ]);
    expect(result.findings.every((finding) => finding.severity === 'error' && !finding.fix)).toBe(true);
  });
});

describe('JS/TS findings', () => {
  it('fixes extensions-array entries and reports calls', () => {
    const result = analyseFixture(readFixture('pulumi-vm-extension.input.ts'), 'infra.ts');
    expect(fixed(result).map((finding) => finding.loc.start.line)).toEqual([23, 45]);
    expect(reported(result).map((finding) => finding.loc.start.line)).toEqual([11, 52]);
    expect(reported(result)[1].message).toMatch(/virtualMachineExtensions\.beginCreateOrUpdate/);
  });

  it('reports an extension object outside an extensions array', () => {
    const text = "const all = [{ publisher: 'Microsoft.ManagedIdentity', type: 'ManagedIdentityExtensionForLinux' }];\n";
    const result = analyseFixture(text, 'a.ts');
    expect(result.findings).toHaveLength(1);
    expect(result.changed).toBe(false);
  });

  it('removes adjacent entries together, on one line', () => {
    const entry = (type: string) => `{ publisher: 'Microsoft.ManagedIdentity', type: '${type}' }`;
    const text = `x({ extensions: [a, ${entry('ManagedIdentityExtensionForLinux')}, ${entry('ManagedIdentityExtensionForWindows')}] });\n`;
    expect(analyseFixture(text, 'a.ts').output).toBe('x({ extensions: [a] });\n');
  });
});

describe('ARM references', () => {
  it('removes an extension in a nested deployment and a dependsOn written as a full resource id', () => {
    const text = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "name": "inner",
      "properties": {
        "template": {
          "resources": [
            {
              "type": "Microsoft.Compute/virtualMachines/extensions",
              "name": "vm1/msi",
              "properties": { "publisher": "Microsoft.ManagedIdentity", "type": "ManagedIdentityExtensionForLinux" }
            },
            {
              "type": "Microsoft.Network/networkInterfaces",
              "name": "nic",
              "dependsOn": ["Microsoft.Compute/virtualMachines/vm1/extensions/msi", "Microsoft.Compute/virtualMachines/vm1"]
            }
          ]
        }
      }
    }
  ]
}
`;
    const result = analyseFile(text, { filename: 'nested.json' });
    expect(fixed(result)).toHaveLength(1);
    expect(result.output).not.toContain('ManagedIdentity');
    expect(result.output).toContain('"dependsOn": ["Microsoft.Compute/virtualMachines/vm1"]');
  });
});

describe('ARM copy loops', () => {
  const template = (otherLoopName: string): string =>
    JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        resources: [
          {
            type: 'Microsoft.Compute/virtualMachines/extensions',
            name: "[concat('vm', copyIndex(), '/msi')]",
            copy: { name: 'msiLoop', count: 2 },
            properties: { publisher: 'Microsoft.ManagedIdentity', type: 'ManagedIdentityExtensionForWindows' },
          },
          { type: 'Microsoft.Storage/storageAccounts', name: 'logs', copy: { name: otherLoopName, count: 2 } },
          { type: 'Microsoft.Network/networkInterfaces', name: 'nic', dependsOn: ['msiLoop'] },
        ],
      },
      null,
      2,
    );

  it("removes a dependsOn entry naming the extension's own copy loop", () => {
    const result = analyseFile(template('storageLoop'), { filename: 'loop.json' });
    expect(fixed(result)).toHaveLength(1);
    expect(result.output).not.toContain('msiLoop');
    expect(result.findings[0].fixDescription).toMatch(/with 1 reference/);
  });

  it('keeps the entry when something that stays goes by the same name', () => {
    const result = analyseFile(template('MSILOOP'), { filename: 'loop.json' });
    expect(result.output).toContain('"dependsOn": [\n        "msiLoop"\n      ]');
    expect(result.output).not.toContain('ManagedIdentity');
  });
});

describe('ARM publisher and type from parameters', () => {
  it('reports, without removing, an extension whose publisher or type values in the template are the extension', () => {
    const input = readFixture('arm-parameterised-extension.input.json');
    const result = analyseFixture(input, 'azuredeploy.json');
    expect(result.findings.map((finding) => [finding.ruleId, finding.severity, finding.loc.start.line])).toEqual([
      ['vm-extension-provisioning', 'error', 18],
      ['vm-extension-provisioning', 'error', 51],
    ]);
    expect(result.findings[0].message).toMatch(
      /^May deploy .*\[parameters\('tokenExtensionType'\)\] \(ManagedIdentityExtensionForWindows, /,
    );
    expect(result.findings[1].message).toMatch(/publisher \[variables\('identityPublisher'\)\] \(Microsoft\.ManagedIdentity\)/);
    expect(result.output).toBe(input);
  });

  it("reports a parameters file's value that is the extension's type, at the value", () => {
    const result = analyseFixture(readFixture('arm-parameters-file.input.json'), 'azuredeploy.parameters.json');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'vm-extension-provisioning', severity: 'error', loc: { start: { line: 6 } } });
    expect(result.findings[0].message).toMatch(/^Parameter 'tokenExtensionType' passes ManagedIdentityExtensionForLinux/);
  });
});
