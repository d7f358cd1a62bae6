"""Tokens for this service.

The VM extension used to answer on 'http://localhost:{}/oauth2/token'.format(port), and
http://localhost:50342/oauth2/token before that; both are gone, IMDS answers now.
"""
import requests

IMDS = 'http://169.254.169.254/metadata/identity/oauth2/token'


def get_token(resource, port=50342):
    """Token for `resource`. `port` is ignored (it was the extension's: http://localhost:50342/oauth2/token)."""
    reply = requests.get(IMDS, params={'api-version': '2018-02-01', 'resource': resource}, headers={'Metadata': 'true'})
    return reply.json()['access_token']
