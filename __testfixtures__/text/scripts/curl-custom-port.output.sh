#!/bin/bash
# The extension was configured with settings.port = 50343; the Metadata header marks it as the MI endpoint.
curl --noproxy '*' -s -H "Metadata: true" "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"
