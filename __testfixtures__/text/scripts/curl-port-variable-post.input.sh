#!/bin/bash
set -eu
EXT_PORT=50342
curl -s --fail \
  -X POST \
  -d resource=https://storage.azure.com/ \
  -H Metadata:true \
  "http://127.0.0.1:$EXT_PORT/oauth2/token" > token.json
