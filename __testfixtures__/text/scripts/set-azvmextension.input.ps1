# Old provisioning script
$vm = Get-AzVM -ResourceGroupName $rg -Name $vmName
Set-AzVMExtension -ResourceGroupName $rg -VMName $vmName -Location $vm.Location `
    -Name "ManagedIdentityExtensionForWindows" `
    -Publisher "Microsoft.ManagedIdentity" `
    -ExtensionType "ManagedIdentityExtensionForWindows" `
    -TypeHandlerVersion "1.0" -Settings @{ port = 50342 }
Set-AzureRmVMExtension -ResourceGroupName $rg -VMName $vmName -Location westus -Name msi -Publisher Microsoft.ManagedIdentity -Type ManagedIdentityExtensionForWindows -TypeHandlerVersion 1.0
$vmss = Add-AzVmssExtension -VirtualMachineScaleSet $vmss -Name "MSILinuxExtension" -Publisher "Microsoft.ManagedIdentity" -Type "ManagedIdentityExtensionForLinux" -TypeHandlerVersion 1.0
Set-AzVMExtension -ResourceGroupName $rg -VMName $vmName -Location westus -Name "MSILinuxExtension" -Publisher "Microsoft.Azure.Monitor" -ExtensionType "AzureMonitorLinuxAgent" -TypeHandlerVersion 1.0
Set-AzVMExtension -ResourceGroupName $rg -VMName $vmName -Location westus -Name "ManagedIdentityExtensionForWindows" -Publisher $publisher -ExtensionType $type -TypeHandlerVersion 1.0
Set-AzVMExtension -ResourceGroupName $rg -VMName $vmName -Location westus -Name "ManagedIdentityExtensionForWindows" -Publisher "Microsoft.Azure.Monitor" -ExtensionType "AzureMonitorWindowsAgent"
