import requests

TOKEN_URL = "http://localhost:50342/oauth2/token"

def token(resource):
    return requests.get(f"{TOKEN_URL}?resource={resource}", headers={"Metadata": "true"}, timeout=5).json()
