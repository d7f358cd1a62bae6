#!/bin/bash
set -eu
EXT_PORT=50342
curl --noproxy '*' -s --fail \
  -H Metadata:true \
  "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/" > token.json
