#!/bin/sh
# Usage: token.sh PORT RESOURCE
port="$1"
curl -s -X POST -d "resource=$2" "http://localhost:${port}/oauth2/token" > msi_token.json
