#!/bin/bash
curl -s --proxy http://proxy.internal:3128 -H Metadata:true 'http://localhost:50342/oauth2/token?resource=https://management.azure.com/'
