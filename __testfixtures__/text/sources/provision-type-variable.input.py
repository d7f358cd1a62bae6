def install_identity_extension(compute_client, group, vm, region):
    extension_kind = 'ManagedIdentityExtensionForWindows'
    parameters = {
        'location': region,
        'publisher': 'Microsoft.ManagedIdentity',
        'virtual_machine_extension_type': extension_kind,
        'type_handler_version': '1.0',
        'settings': {'port': 50342},
    }
    poller = compute_client.virtual_machine_extensions.create_or_update(group, vm.name, vm.name + '-identity', parameters)
    return poller.result()
