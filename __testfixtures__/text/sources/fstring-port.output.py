import requests

EXTENSION_PORT = 50342


def get_token():
    resource = 'https://management.azure.com/'
    url = f'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource={resource}'
    reply = requests.get(url, headers={'Metadata': 'true'}, timeout=10)
    reply.raise_for_status()
    return reply.json()['access_token']
