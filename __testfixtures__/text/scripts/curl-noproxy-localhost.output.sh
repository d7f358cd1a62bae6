#!/bin/bash
# The proxy was bypassed for the loopback extension only
curl -s --noproxy '*' -H Metadata:true 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/'
