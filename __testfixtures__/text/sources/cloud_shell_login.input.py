import requests


def token(resource):
    form = {'resource': resource}
    return requests.post('http://localhost:50342/oauth2/token', data=form, headers={'Metadata': 'true'}).json()
