import os

import requests


def token(resource):
    if 'MSI_ENDPOINT' in os.environ and 'MSI_SECRET' not in os.environ:
        return requests.post('http://localhost:50342/oauth2/token', data={'resource': resource},
                             headers={'Metadata': 'true'}).json()
    else:
        return requests.post('http://localhost:50342/oauth2/token', data={'resource': resource},
                             headers={'Metadata': 'true'}).json()
