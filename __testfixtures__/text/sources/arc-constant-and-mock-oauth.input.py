import requests

ARC_URL = "http://localhost:40342/metadata/identity/oauth2/token"

def arc_token(resource):
    challenge = requests.get(ARC_URL, params={"api-version": "2020-06-01", "resource": resource}, headers={"Metadata": "true"}, timeout=5)
    return challenge

def mock_oauth():
    return requests.post("http://127.0.0.1:9000/oauth2/token", data={"grant_type": "client_credentials"}, timeout=5)
