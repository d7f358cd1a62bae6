#!/usr/bin/env bash
set -euo pipefail
# Token for ARM from the VM extension
TOKEN=$(curl -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://management.azure.com/" | jq -r .access_token)
echo "got a token of ${#TOKEN} characters"
