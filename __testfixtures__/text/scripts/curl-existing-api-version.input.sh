#!/bin/bash
# An api-version the extension ignored: IMDS rejects a second one
R=https://management.azure.com/
MSI_PORT="${MSI_PORT:-50342}"
curl -s -H Metadata:true "http://localhost:${MSI_PORT}/oauth2/token?resource=$R&api-version=2017-09-01"
