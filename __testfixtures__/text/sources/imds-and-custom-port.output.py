import requests


def imds(r):
    return requests.get("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=" + r, headers={"Metadata": "true"}, timeout=3)


def legacy(r):
    return requests.get("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=" + r, headers={"Metadata": "true"}, timeout=3)
