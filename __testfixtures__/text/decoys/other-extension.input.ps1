Set-AzVMExtension -ResourceGroupName $rg -VMName $vm -Name "MSILinuxExtension" -Publisher "Microsoft.Azure.Monitor" -ExtensionType "AzureMonitorLinuxAgent" -TypeHandlerVersion 1.0
Echo "port 50342 is used by something else here" | Out-Null
