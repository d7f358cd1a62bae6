param vmName string
var msiPublisher = 'Microsoft.ManagedIdentity'
var msiType = 'ManagedIdentityExtensionForWindows'

resource vm 'Microsoft.Compute/virtualMachines@2023-03-01' existing = {
  name: vmName
}

resource msi 'Microsoft.Compute/virtualMachines/extensions@2023-03-01' = {
  parent: vm
  name: 'msi'
  location: resourceGroup().location
  properties: {
    publisher: msiPublisher
    type: msiType
    typeHandlerVersion: '1.0'
  }
}
