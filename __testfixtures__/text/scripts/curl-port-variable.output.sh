#!/bin/bash
set -euo pipefail
MSI_PORT="${MSI_PORT:-50342}"
token=$(curl --noproxy '*' -s -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/" | jq -r .access_token)
echo "$token"
