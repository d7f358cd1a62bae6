# The same machine spelt other ways than localhost: 0.0.0.0 and the rest of 127/8.
import requests


def get_token():
    response = requests.get(
        "http://0.0.0.0:50342/oauth2/token",
        params={"resource": "https://management.azure.com/"},
        headers={"Metadata": "true"},
        timeout=5,
        proxies={"http": None, "https": None},
    )
    return response.json()["access_token"]


def storage_token():
    response = requests.get(
        "http://127.0.0.2:50342/oauth2/token?resource=https://storage.azure.com/",
        headers={"Metadata": "true"},
        timeout=5,
        proxies={"http": None, "https": None},
    )
    return response.json()["access_token"]
