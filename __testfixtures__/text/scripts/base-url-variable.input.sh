#!/bin/bash
BASE=http://localhost:50342
curl -s -H Metadata:true "$BASE/oauth2/token?resource=https://management.azure.com/"
