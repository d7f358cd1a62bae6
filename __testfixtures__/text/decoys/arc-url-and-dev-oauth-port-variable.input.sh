#!/bin/sh
# The Arc agent's identity endpoint, and a local authorization server for development.
ARC=http://localhost:40342/metadata/identity/oauth2/token
AUTH_PORT=9000
curl -s -d grant_type=client_credentials -d client_id=dev -d client_secret=dev "http://localhost:$AUTH_PORT/oauth2/token"
