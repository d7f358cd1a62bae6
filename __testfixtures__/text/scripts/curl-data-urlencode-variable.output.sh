#!/bin/bash
resource="${1:-https://storage.azure.com/}"
curl --noproxy '*' -G -sS --data-urlencode "resource=${resource}" -H 'Metadata: true' 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01' -o token.json
