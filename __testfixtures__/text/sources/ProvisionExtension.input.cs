using Azure.ResourceManager.Compute;

public class ProvisionExtension
{
    public async Task AddAsync(VirtualMachineResource vm)
    {
        var data = new VirtualMachineExtensionData(vm.Data.Location)
        {
            Publisher = "Microsoft.ManagedIdentity",
            ExtensionType = "ManagedIdentityExtensionForWindows",
            TypeHandlerVersion = "1.0",
            AutoUpgradeMinorVersion = true,
        };
        await vm.GetVirtualMachineExtensions().CreateOrUpdateAsync(WaitUntil.Completed, "identity", data);
    }
}
