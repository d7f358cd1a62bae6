import requests

# A local API on port 50342 during development, and Entra ID for sign-in: never the extension.
API_ROOT = "http://localhost:50342/api"
DEV_PORT = 50342
AUTHORITY = "https://login.microsoftonline.com/contoso.onmicrosoft.com"


def sign_in(code):
    return requests.post(AUTHORITY + "/oauth2/token", data={"code": code}).json()


def items():
    return requests.get(API_ROOT + "/items").json()
