#!/bin/bash
set -euo pipefail
MSI_PORT="${MSI_PORT:-50342}"
token=$(curl -s -H Metadata:true "http://localhost:${MSI_PORT}/oauth2/token?resource=https://management.azure.com/" | jq -r .access_token)
echo "$token"
