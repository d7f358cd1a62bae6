import requests

EXTENSION_PORT = 50342


def get_token():
    resource = 'https://management.azure.com/'
    url = f'http://localhost:{EXTENSION_PORT}/oauth2/token?resource={resource}'
    reply = requests.get(url, headers={'Metadata': 'true'}, timeout=10)
    reply.raise_for_status()
    return reply.json()['access_token']
