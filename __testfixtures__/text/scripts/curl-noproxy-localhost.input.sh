#!/bin/bash
# The proxy was bypassed for the loopback extension only
curl -s --noproxy localhost,127.0.0.1 -H Metadata:true 'http://localhost:50342/oauth2/token?resource=https://management.azure.com/'
