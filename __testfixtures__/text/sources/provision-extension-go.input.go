package deploy

import (
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/compute/armcompute"
)

// identityExtension is what the old deployment added next to every VM.
func identityExtension(location string) armcompute.VirtualMachineExtension {
	return armcompute.VirtualMachineExtension{
		Location: to.Ptr(location),
		Properties: &armcompute.VirtualMachineExtensionProperties{
			Publisher:          to.Ptr("Microsoft.ManagedIdentity"),
			Type:               to.Ptr("ManagedIdentityExtensionForLinux"),
			TypeHandlerVersion: to.Ptr("1.0"),
		},
	}
}
