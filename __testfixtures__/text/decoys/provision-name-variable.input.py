def install_bootstrap(compute_client, group, vm, region):
    extension_name = 'ManagedIdentityExtensionForWindows'
    parameters = {
        'location': region,
        'publisher': 'Microsoft.Compute',
        'virtual_machine_extension_type': 'CustomScriptExtension',
    }
    return compute_client.virtual_machine_extensions.create_or_update(group, vm.name, extension_name, parameters)
