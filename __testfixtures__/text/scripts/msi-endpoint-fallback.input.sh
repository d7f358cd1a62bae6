#!/bin/bash
# Azure Cloud Shell exposes the same localhost URL through MSI_ENDPOINT (POST form).
ENDPOINT="${MSI_ENDPOINT:-http://localhost:50342/oauth2/token}"
curl -s -X POST -H Metadata:true -d "resource=https://management.azure.com/" "$ENDPOINT"
curl -s -X POST -H Metadata:true -d "resource=https://management.azure.com/" http://localhost:50342/oauth2/token
