#!/bin/bash
# One call can be rewritten, the other cannot: the file is left whole and both are reported.
curl -s -H Metadata:true 'http://localhost:50342/oauth2/token?resource=https://management.azure.com/'
curl -s -u user:pass -H Metadata:true 'http://localhost:50342/oauth2/token?resource=https://vault.azure.net'
