#!/bin/sh
# The absolute name localhost. reaches the same machine.
curl -s --noproxy "*" -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net" | jq -r .access_token
