import requests

def token_a(r):
    return requests.get(f"http://localhost:50342/oauth2/token?api-version=2017-09-01&resource={r}", headers={"Metadata": "true"}, timeout=3)

def token_b(r):
    return requests.get(f"http://localhost:50342/oauth2/token?resource={r}&api-version=2017-09-01", headers={"Metadata": "true"}, timeout=3)
