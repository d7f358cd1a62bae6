import requests

TOKEN_URL = "http://localhost:50342/oauth2/token"

def token(resource):
    url = "%s?resource=%s" % (TOKEN_URL, resource)
    return requests.get(url, headers={"Metadata": "true"}, timeout=5).json()
