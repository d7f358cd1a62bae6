#!/bin/sh
# The extension accepted a form POST; IMDS needs a GET query.
curl --silent --fail -X POST \
  -H "Metadata: true" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "resource=https://vault.azure.net" \
  -d 'client_id=00000000-0000-0000-0000-000000000001' \
  http://localhost:50342/oauth2/token > token.json
