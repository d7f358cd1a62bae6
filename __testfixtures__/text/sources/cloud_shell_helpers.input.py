import os

import requests


def cloud_shell_token(resource):
    # Cloud Shell's own endpoint, announced in MSI_ENDPOINT: its client, left as it is.
    response = requests.post('http://localhost:50342/oauth2/token', data={'resource': resource}, headers={'Metadata': 'true'})
    return response.json()['access_token']


def any_host_token(resource):
    # Without MSI_ENDPOINT this falls back to the VM extension: that is what runs on a VM.
    endpoint = os.environ.get('MSI_ENDPOINT', 'http://localhost:50342/oauth2/token')
    return requests.post(endpoint, data={'resource': resource}, headers={'Metadata': 'true'}).json()['access_token']
