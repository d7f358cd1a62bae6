import requests


def token(resource, msi_port):
    uri = "http://localhost:" + str(msi_port) + "/oauth2/token"
    return requests.get(uri, params={"resource": resource}, headers={"Metadata": "true"}).json()
