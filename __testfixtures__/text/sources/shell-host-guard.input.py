import os

import requests


def acquire(resource):
    if os.environ.get('ACC_CLOUD'):
        # Azure Cloud Shell serves this URL itself.
        reply = requests.post('http://localhost:50342/oauth2/token', data={'resource': resource}, headers={'Metadata': 'true'})
        return reply.json()['access_token']
    reply = requests.get('http://169.254.169.254/metadata/identity/oauth2/token',
                         params={'api-version': '2018-02-01', 'resource': resource}, headers={'Metadata': 'true'})
    return reply.json()['access_token']
