#!/bin/sh
wget -qO- --header="Metadata: true" --post-data="resource=https://management.azure.com/" http://localhost:50342/oauth2/token | jq -r .access_token
