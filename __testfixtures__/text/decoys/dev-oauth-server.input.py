import requests

AUTH_SERVER_PORT = 8080


def client_credentials(client_id, client_secret):
    url = f"http://localhost:{AUTH_SERVER_PORT}/oauth2/token"
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret}
    return requests.post(url, data=form).json()["access_token"]
