#!/bin/bash
# Provision the MSI extension (retired)
az vm extension set \
  --resource-group "$RG" \
  --vm-name "$VM" \
  --name ManagedIdentityExtensionForLinux \
  --publisher Microsoft.ManagedIdentity \
  --settings '{"port": 50342}'
az vmss extension set -g "$RG" --vmss-name "$VMSS" -n ManagedIdentityExtensionForLinux --publisher=Microsoft.ManagedIdentity --version 1.0
az vm extension set -g "$RG" --vm-name "$VM" --name CustomScript --publisher Microsoft.Azure.Extensions
