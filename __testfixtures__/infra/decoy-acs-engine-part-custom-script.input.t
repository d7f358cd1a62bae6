{{if EnableIdentity}}
    {
      "type": "Microsoft.Compute/virtualMachines/extensions",
      "name": "[concat(variables('masterPrefix'), copyIndex(), '/ManagedIdentityExtensionForLinux')]",
      "properties": {
        "publisher": "Microsoft.Azure.Extensions",
        "type": "CustomScript",
        "settings": {
          "commandToExecute": "echo ManagedIdentityExtension is gone"
        }
      }
    },
{{end}}
