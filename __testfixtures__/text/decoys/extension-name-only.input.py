from azure.mgmt.compute.models import VirtualMachineExtension

# Named after the identity extension, but it is a custom script.
bootstrap = VirtualMachineExtension(
    location='westeurope',
    publisher='Microsoft.Azure.Extensions',
    type_properties_type='CustomScript',
    type_handler_version='2.1',
    settings={'commandToExecute': 'echo ManagedIdentityExtensionForLinux is retired'},
)
client.virtual_machine_extensions.begin_create_or_update('rg', 'vm', 'ManagedIdentityExtensionForLinux', bootstrap)
