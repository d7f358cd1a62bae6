#!/bin/bash
# We used to call http://localhost:50342/oauth2/token here, see:
#   curl -H Metadata:true http://localhost:50342/oauth2/token?resource=https://management.azure.com/
echo "migrated" # old: http://localhost:50342/oauth2/token
