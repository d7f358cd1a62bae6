import requests

ARC = "http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01&resource=https://management.azure.com/"
DEV_OAUTH = "http://localhost:8080/oauth2/token"

def dev_login():
    return requests.post(DEV_OAUTH, data={"grant_type": "client_credentials", "client_secret": "x"})
