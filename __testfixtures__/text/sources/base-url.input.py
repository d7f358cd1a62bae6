import requests

BASE = "http://127.0.0.1:50342/"


def token(resource):
    return requests.get(BASE + "oauth2/token", params={"resource": resource}, headers={"Metadata": "true"}).json()
