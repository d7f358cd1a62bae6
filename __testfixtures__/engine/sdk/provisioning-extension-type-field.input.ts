import type { ComputeManagementClient } from 'azure-arm-compute';

// Older azure-arm-compute spelling: the type is virtualMachineExtensionType.
export async function addIdentityExtension(client: ComputeManagementClient, resourceGroup: string, vmName: string) {
  const extension = {
    location: 'westeurope',
    publisher: 'Microsoft.ManagedIdentity',
    virtualMachineExtensionType: 'ManagedIdentityExtensionForLinux',
    typeHandlerVersion: '1.0',
    autoUpgradeMinorVersion: true,
    settings: { port: '50342' },
  };
  return client.virtualMachineExtensions.createOrUpdate(resourceGroup, vmName, 'identity-extension', extension);
}
