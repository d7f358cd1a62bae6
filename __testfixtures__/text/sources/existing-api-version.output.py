import requests

def token_a(r):
    return requests.get(f"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource={r}", headers={"Metadata": "true"}, timeout=3)

def token_b(r):
    return requests.get(f"http://169.254.169.254/metadata/identity/oauth2/token?resource={r}&api-version=2018-02-01", headers={"Metadata": "true"}, timeout=3)
