#!/bin/bash
R=https://vault.azure.net
MSI_PORT="${MSI_PORT:-50342}"
t1=$(curl -s --noproxy localhost -H Metadata:true "http://localhost:50342/oauth2/token?resource=$R&api-version=2017-09-01")
t2=$(curl -s -H Metadata:true "http://localhost:${MSI_PORT}/oauth2/token?api-version=2017-09-01&resource=$R")
t3=$(curl -s -H Metadata:true 'http://localhost:50342/oauth2/token?resource=https://storage.azure.com/&api-version=2017-09-01')
