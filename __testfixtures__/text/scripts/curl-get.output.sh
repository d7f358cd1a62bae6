#!/usr/bin/env bash
set -euo pipefail
# Token for ARM from the VM extension
TOKEN=$(curl --noproxy '*' -s -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/" | jq -r .access_token)
echo "got a token of ${#TOKEN} characters"
