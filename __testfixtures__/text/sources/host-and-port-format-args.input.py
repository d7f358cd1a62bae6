import requests

# Host and port are settings; the URL template takes both as arguments.
IDENTITY_HOST = "localhost"
IDENTITY_PORT = 50342


def vault_token():
    url = "http://{}:{}/oauth2/token".format(IDENTITY_HOST, IDENTITY_PORT)
    reply = requests.get(url, params={"resource": "https://vault.azure.net"}, headers={"Metadata": "true"}, timeout=5)
    return reply.json()["access_token"]
