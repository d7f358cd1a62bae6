resource "azurerm_linux_virtual_machine" "api" {
  name                = "api-vm"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  size                = "Standard_B2s"

  custom_data = base64encode(<<-EOT
    #!/bin/sh
    echo "} not a brace { and not a # comment"
    echo "publisher = \"Microsoft.ManagedIdentity\""
  EOT
  )

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_linux_virtual_machine" "worker" {
  name                = "worker-vm"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  size                = "Standard_B2s"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_virtual_machine_extension" "worker_msi" {
  name                 = "MSILinuxExtension"
  virtual_machine_id   = azurerm_linux_virtual_machine.worker.id
  publisher            = "Microsoft.ManagedIdentity"
  type                 = "ManagedIdentityExtensionForLinux"
  type_handler_version = "1.0"
}

resource "azurerm_virtual_machine_extension" "worker_setup" {
  name                 = "MSILinuxExtension-setup"
  virtual_machine_id   = azurerm_linux_virtual_machine.worker.id
  publisher            = "Microsoft.Azure.Extensions"
  type                 = "CustomScript"
  type_handler_version = "2.1"
  settings             = jsonencode({ commandToExecute = "sh setup.sh" })

  // azurerm_virtual_machine_extension.api_msi used to be listed here too
  depends_on = [azurerm_virtual_machine_extension.worker_msi]
}

resource "azurerm_linux_virtual_machine_scale_set" "pool" {
  name                = "pool"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  sku                 = "Standard_B2s"
  instances           = 2

  identity {
    type = "SystemAssigned"
  }

  extension {
    name                 = "msi"
    publisher            = "Microsoft.ManagedIdentity"
    type                 = "ManagedIdentityExtensionForLinux"
    type_handler_version = "1.0"
  }

  extension {
    name                       = "setup"
    publisher                  = "Microsoft.Azure.Extensions"
    type                       = "CustomScript"
    type_handler_version       = "2.1"
    provision_after_extensions = ["msi"]
  }
}
