#!/bin/bash
R=https://vault.azure.net
V=2017-09-01
a=$(curl -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=$R&api-version=$V")
b=$(curl -s -G -d "resource=$R" -d api-version=2017-09-01 -H Metadata:true http://localhost:50342/oauth2/token)
