import requests

def get_token(resource):
    resp = requests.post('http://localhost:50342/oauth2/token', data={'resource': resource}, headers={'Metadata': 'true'})
    return resp.json()['access_token']
