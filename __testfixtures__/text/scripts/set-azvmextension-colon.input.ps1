# Parameters bound with a colon, as PowerShell allows: -Name:value, and -Name: value
Set-AzVMExtension -ResourceGroupName:$rg -VMName:$vmName -Name:'tokens' -Publisher:'Microsoft.ManagedIdentity' -ExtensionType:'ManagedIdentityExtensionForWindows' -TypeHandlerVersion:'1.0' -Location:$location
Add-AzVmssExtension -VirtualMachineScaleSet:$vmss -Name:tokens -Publisher: "Microsoft.ManagedIdentity" -Type: ManagedIdentityExtensionForLinux -TypeHandlerVersion:1.0
Set-AzVMExtension -ResourceGroupName:$rg -VMName:$vmName -Name:'ManagedIdentityExtensionForWindows' -Publisher:'Microsoft.Azure.Monitor' -ExtensionType:'AzureMonitorWindowsAgent' -TypeHandlerVersion:'1.0'
Set-AzVMExtension -ResourceGroupName:$rg -VMName:$vmName -Name:'ManagedIdentityExtensionForLinux' -Publisher:$publisher -ExtensionType:$type
