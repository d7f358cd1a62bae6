# The same machine spelt other ways than localhost: 0.0.0.0 and the rest of 127/8.
import requests


def get_token():
    response = requests.get(
        "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01",
        params={"resource": "https://management.azure.com/"},
        headers={"Metadata": "true"},
        timeout=5,
        proxies={"http": None, "https": None},
    )
    return response.json()["access_token"]


def storage_token():
    response = requests.get(
        "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://storage.azure.com/",
        headers={"Metadata": "true"},
        timeout=5,
        proxies={"http": None, "https": None},
    )
    return response.json()["access_token"]
