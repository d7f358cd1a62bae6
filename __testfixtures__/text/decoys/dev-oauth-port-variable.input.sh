#!/bin/sh
# A local authorization server for development; nothing to do with Azure.
AUTH_PORT=9000
curl -s -d grant_type=client_credentials -d client_id=dev -d client_secret=dev "http://localhost:$AUTH_PORT/oauth2/token"
