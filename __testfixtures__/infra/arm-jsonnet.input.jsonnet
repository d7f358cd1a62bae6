// Generated ARM template for the worker VMs.
local vm(name) = {
  type: 'Microsoft.Compute/virtualMachines',
  name: name,
  identity: { type: 'SystemAssigned' },
};
local msi(name) = {
  type: 'Microsoft.Compute/virtualMachines/extensions',
  name: name + '/msi',
  properties: {
    publisher: 'Microsoft.ManagedIdentity',
    type: 'ManagedIdentityExtensionForLinux',
    typeHandlerVersion: '1.0',
  },
};
{
  '$schema': 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  resources: [vm('worker'), msi('worker')],
}
