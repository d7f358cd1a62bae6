#!/bin/sh
PORT=50342
TOKEN_URL="http://localhost:${PORT}/oauth2/token"
curl -s -H "Metadata: true" "$TOKEN_URL?resource=https://management.azure.com/"
