#!/bin/bash
MSI_URL="http://localhost:50342/oauth2/token"
curl -s -H Metadata:true "$MSI_URL?resource=https://management.azure.com/"
curl -s -H Metadata:true 'http://localhost:50342/oauth2/token?resource=https://vault.azure.net'
