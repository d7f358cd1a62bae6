#!/bin/bash
R=https://vault.azure.net
MSI_PORT="${MSI_PORT:-50342}"
t1=$(curl -s --noproxy '*' -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?resource=$R&api-version=2018-02-01")
t2=$(curl --noproxy '*' -s -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=$R")
t3=$(curl --noproxy '*' -s -H Metadata:true 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/')
