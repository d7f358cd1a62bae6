#!/bin/bash
# An api-version the extension ignored: IMDS rejects a second one
R=https://management.azure.com/
MSI_PORT="${MSI_PORT:-50342}"
curl --noproxy '*' -s -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?resource=$R&api-version=2018-02-01"
