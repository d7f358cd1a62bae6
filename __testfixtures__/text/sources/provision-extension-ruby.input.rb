require 'azure_mgmt_compute'

def add_identity_extension(client, group, vm_name, location)
  extension = Azure::Compute::Mgmt::V2017_12_01::Models::VirtualMachineExtension.new
  extension.location = location
  extension.publisher = 'Microsoft.ManagedIdentity'
  extension.virtual_machine_extension_type = 'ManagedIdentityExtensionForLinux'
  extension.type_handler_version = '1.0'
  extension.settings = { 'port' => 50342 }
  client.virtual_machine_extensions.create_or_update(group, vm_name, 'identity', extension)
end
