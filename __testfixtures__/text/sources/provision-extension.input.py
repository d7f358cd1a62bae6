from azure.identity import DefaultAzureCredential
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.compute.models import VirtualMachineExtension


def enable_identity_extension(subscription, group, vm_name, region):
    compute = ComputeManagementClient(DefaultAzureCredential(), subscription)
    extension = VirtualMachineExtension(
        location=region,
        publisher='Microsoft.ManagedIdentity',
        type_properties_type='ManagedIdentityExtensionForLinux',
        type_handler_version='1.0',
        auto_upgrade_minor_version=True,
        settings={'port': 50342},
    )
    poller = compute.virtual_machine_extensions.begin_create_or_update(group, vm_name, 'identity-helper', extension)
    return poller.result()
