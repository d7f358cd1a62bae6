"""Talks to http://localhost:50342/oauth2/token in the old days (docstring)."""
import requests

# http://localhost:50342/oauth2/token was the old endpoint
ARC = "http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01&resource=https://management.azure.com/"
DEV_OAUTH = "http://localhost:8080/oauth2/token"

def dev_login():
    return requests.post(DEV_OAUTH, data={"grant_type": "client_credentials", "client_secret": "x"})

def imds():
    return requests.get("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net", headers={"Metadata": "true"}, timeout=3)
