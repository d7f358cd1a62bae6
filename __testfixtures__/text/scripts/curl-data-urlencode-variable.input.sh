#!/bin/bash
resource="${1:-https://storage.azure.com/}"
curl -sS --data-urlencode "resource=${resource}" -H 'Metadata: true' 'http://localhost:50342/oauth2/token' -o token.json
