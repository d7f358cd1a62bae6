#!/bin/sh
# The extension accepted a form POST; IMDS needs a GET query.
curl --noproxy '*' --silent --fail \
  -H "Metadata: true" \
  'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net&client_id=00000000-0000-0000-0000-000000000001' > token.json
