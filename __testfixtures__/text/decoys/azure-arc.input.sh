#!/bin/bash
# Azure Arc-enabled servers: the himds agent on port 40342
curl -s -H Metadata:true "http://localhost:40342/metadata/identity/oauth2/token?api-version=2019-11-01&resource=https://management.azure.com/"
