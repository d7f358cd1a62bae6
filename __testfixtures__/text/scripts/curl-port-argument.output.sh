#!/bin/sh
# Usage: token.sh PORT RESOURCE
port="$1"
curl --noproxy '*' -H Metadata:true -G -s -d "resource=$2" "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01" > msi_token.json
