    {
      "type": "Microsoft.Compute/virtualMachines",
      "apiVersion": "[variables('computeApiVersion')]",
      "name": "[concat(variables('{{.Name}}Prefix'), copyIndex(variables('{{.Name}}Start')))]",
      "location": "[variables('region')]",
      "copy": {
        "name": "agentLoop",
        "count": "[sub(variables('{{.Name}}Total'), variables('{{.Name}}Start'))]"
      },
{{if EnableIdentity}}
      "identity": {
        "type": "systemAssigned"
      },
{{end}}
      "properties": {
        "hardwareProfile": { "vmSize": "[variables('{{.Name}}Size')]" }
      }
    },
{{if EnableIdentity}}
    {
      "type": "Microsoft.Compute/virtualMachines/extensions",
      "apiVersion": "2015-05-01-preview",
      "name": "[concat(variables('{{.Name}}Prefix'), copyIndex(variables('{{.Name}}Start')), '/IdentityTokenService')]",
      "location": "[variables('region')]",
      "copy": {
        "name": "agentIdentityLoop",
        "count": "[sub(variables('{{.Name}}Total'), variables('{{.Name}}Start'))]"
      },
      "dependsOn": [
        "[concat('Microsoft.Compute/virtualMachines/', variables('{{.Name}}Prefix'), copyIndex(variables('{{.Name}}Start')))]"
      ],
      "properties": {
        "publisher": "Microsoft.ManagedIdentity",
        "type": "ManagedIdentityExtensionForLinux",
        "typeHandlerVersion": "1.0",
        "autoUpgradeMinorVersion": true,
        "settings": {
          "port": 50343
        },
        "protectedSettings": {}
      }
    },
{{end}}
    {
      "type": "Microsoft.Compute/virtualMachines/extensions",
      "apiVersion": "[variables('computeApiVersion')]",
      "name": "[concat(variables('{{.Name}}Prefix'), copyIndex(variables('{{.Name}}Start')), '/bootstrap')]",
      "location": "[variables('region')]",
      "copy": {
        "name": "agentBootstrapLoop",
        "count": "[sub(variables('{{.Name}}Total'), variables('{{.Name}}Start'))]"
      },
      "dependsOn": [
{{if EnableIdentity}}
        "[concat('Microsoft.Compute/virtualMachines/', variables('{{.Name}}Prefix'), copyIndex(variables('{{.Name}}Start')), '/extensions/IdentityTokenService')]"
{{else}}
        "[concat('Microsoft.Compute/virtualMachines/', variables('{{.Name}}Prefix'), copyIndex(variables('{{.Name}}Start')))]"
{{end}}
      ],
      "properties": {
        "publisher": "Microsoft.Azure.Extensions",
        "type": "CustomScript",
        "typeHandlerVersion": "2.0",
        "settings": {},
        "protectedSettings": {
          "commandToExecute": "[variables('{{.Name}}BootstrapCommand')]"
        }
      }
    }
