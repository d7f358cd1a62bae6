#!/bin/bash
# A local OAuth dev server on another port, no Metadata header: not the VM extension
curl -s -X POST -d "grant_type=client_credentials&client_secret=dev" http://localhost:8080/oauth2/token
