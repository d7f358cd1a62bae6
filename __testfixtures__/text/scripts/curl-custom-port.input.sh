#!/bin/bash
# The extension was configured with settings.port = 50343; the Metadata header marks it as the MI endpoint.
curl -s -H "Metadata: true" "http://127.0.0.1:50343/oauth2/token?resource=https://management.azure.com/"
