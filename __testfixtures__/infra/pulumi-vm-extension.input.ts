import * as azure from '@pulumi/azure';
import * as compute from '@pulumi/azure-native/compute';

const vm = new azure.compute.LinuxVirtualMachine('api', {
  resourceGroupName: 'rg',
  size: 'Standard_B2s',
  identity: { type: 'SystemAssigned' },
});

// Provisions the token endpoint on localhost:50342 (reported: the resource may be referenced).
export const msi = new azure.compute.VirtualMachineExtension('api-msi', {
  virtualMachineId: vm.id,
  publisher: 'Microsoft.ManagedIdentity',
  type: 'ManagedIdentityExtensionForLinux',
  typeHandlerVersion: '1.0',
});

export const pool = new azure.compute.LinuxVirtualMachineScaleSet('pool', {
  resourceGroupName: 'rg',
  sku: 'Standard_B2s',
  identity: { type: 'SystemAssigned' },
  extensions: [
    {
      name: 'msi', // "MSILinuxExtension" in the old template
      publisher: 'Microsoft.ManagedIdentity',
      type: 'ManagedIdentityExtensionForLinux',
      typeHandlerVersion: '1.0',
    },
    {
      name: 'MSILinuxExtension',
      publisher: 'Microsoft.Azure.Extensions',
      type: 'CustomScript',
      typeHandlerVersion: '2.1',
    },
  ],
});

export const nativePool = new compute.VirtualMachineScaleSet('native-pool', {
  resourceGroupName: 'rg',
  identity: { type: compute.ResourceIdentityType.SystemAssigned },
  virtualMachineProfile: {
    extensionProfile: {
      extensions: [
        { name: 'setup', publisher: 'Microsoft.Azure.Extensions', type: 'CustomScript', typeHandlerVersion: '2.1' },
        { name: 'msi', properties: { publisher: 'Microsoft.ManagedIdentity', type: "ManagedIdentityExtensionForWindows" } },
      ],
    },
  },
});

export async function provision(client: { virtualMachineExtensions: { beginCreateOrUpdate: Function } }): Promise<void> {
  await client.virtualMachineExtensions.beginCreateOrUpdate('rg', 'api-vm', 'ManagedIdentityExtensionForLinux', {
    location: 'westeurope',
    publisher: 'Microsoft.ManagedIdentity',
    typePropertiesType: 'ManagedIdentityExtensionForLinux',
    typeHandlerVersion: '1.0',
    settings: { port: 50342 },
  });
}
