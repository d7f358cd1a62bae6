import requests

ARC_URL = "http://localhost:40342/metadata/identity/oauth2/token"
HEADERS = {"Metadata": "true"}


def arc_token(resource):
    return requests.get(ARC_URL, params={"api-version": "2020-06-01", "resource": resource}, headers={"Metadata": "true"}, timeout=5)


def vm_token(resource):
    return requests.get("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=" + resource, headers=HEADERS, timeout=5)
