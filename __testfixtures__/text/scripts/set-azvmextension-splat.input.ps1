param(
    [string] $ResourceGroup = 'rg-api',
    [string] $VmName = 'api01'
)

# Parameters gathered in a hashtable, then splatted
$tokenExtension = @{
    ResourceGroupName  = $ResourceGroup
    VMName             = $VmName
    Location           = 'northeurope'
    Name               = 'tokens'
    Publisher          = 'Microsoft.ManagedIdentity'
    ExtensionType      = 'ManagedIdentityExtensionForWindows'
    TypeHandlerVersion = '1.0'
    Settings           = @{ port = 50342 }
}
Set-AzVMExtension @tokenExtension

$scaleSetExtension = @{ Name = 'tokens'; Publisher = "Microsoft.ManagedIdentity"; Type = 'ManagedIdentityExtensionForLinux'; TypeHandlerVersion = '1.0' }
$vmss = Add-AzVmssExtension -VirtualMachineScaleSet $vmss @scaleSetExtension

$filledLater = @{ ResourceGroupName = $ResourceGroup; VMName = $VmName; Name = 'tokens' }
$filledLater.Publisher = 'Microsoft.ManagedIdentity'
$filledLater['ExtensionType'] = 'ManagedIdentityExtensionForWindows'
Set-AzVMExtension @filledLater -TypeHandlerVersion '1.0'

$monitoring = @{ Publisher = 'Microsoft.Azure.Monitor'; ExtensionType = 'AzureMonitorWindowsAgent'; Name = 'ManagedIdentityExtensionForWindows' }
Set-AzVMExtension -ResourceGroupName $ResourceGroup -VMName $VmName @monitoring
