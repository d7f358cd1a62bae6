param vmName string
param location string = resourceGroup().location

resource vm 'Microsoft.Compute/virtualMachines@2023-03-01' = {
  name: vmName
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    osProfile: {
      computerName: vmName
      customData: base64('echo \'{ not an object }\' # ${vmName}')
    }
  }

  resource setup 'extensions' = {
    name: 'MSILinuxExtension'
    location: location
    properties: {
      publisher: 'Microsoft.Azure.Extensions'
      type: 'CustomScript'
      typeHandlerVersion: '2.1'
    }
  }
}

// The token endpoint the app used to call (localhost:50342).
resource msi 'Microsoft.Compute/virtualMachines/extensions@2023-03-01' = {
  parent: vm
  name: 'ManagedIdentityExtensionForLinux'
  location: location
  properties: {
    publisher: 'Microsoft.ManagedIdentity'
    type: 'ManagedIdentityExtensionForLinux'
    typeHandlerVersion: '1.0'
    autoUpgradeMinorVersion: true
    settings: {
      port: 50342
    }
  }
}

resource pool 'Microsoft.Compute/virtualMachineScaleSets@2023-03-01' = {
  name: '${vmName}-pool'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    virtualMachineProfile: {
      extensionProfile: {
        extensions: [
          {
            name: 'msi'
            properties: {
              publisher: 'Microsoft.ManagedIdentity'
              type: 'ManagedIdentityExtensionForWindows'
              typeHandlerVersion: '1.0'
            }
          }
        ]
      }
    }
  }
}

/* resource old 'Microsoft.Compute/virtualMachines/extensions@2019-07-01' = {
  properties: { publisher: 'Microsoft.ManagedIdentity', type: 'ManagedIdentityExtensionForLinux' }
} */
