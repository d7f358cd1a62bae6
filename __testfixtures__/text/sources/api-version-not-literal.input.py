import requests

API = "2017-09-01"

def token(r):
    return requests.get(f"http://localhost:50342/oauth2/token?api-version={API}&resource={r}", headers={"Metadata": "true"}, timeout=3)

def token_twice(r):
    return requests.get(f"http://localhost:50342/oauth2/token?api-version=2017-09-01&resource={r}&api-version=2017-09-01", headers={"Metadata": "true"}, timeout=3)
