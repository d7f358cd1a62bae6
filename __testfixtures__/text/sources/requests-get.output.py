"""Get a token from the VM's managed identity."""
import requests

# Legacy extension endpoint: http://localhost:50342/oauth2/token
MSI_URL = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01'


def get_token(resource='https://management.azure.com/'):
    resp = requests.get(MSI_URL, params={'resource': resource}, headers={'Metadata': 'true'}, timeout=5)
    resp.raise_for_status()
    return resp.json()['access_token']


def vault_token():
    url = f"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource={VAULT}"
    return requests.get(url, headers={"Metadata": "true"}).json()
