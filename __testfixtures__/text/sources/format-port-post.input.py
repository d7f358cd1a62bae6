import time

import requests


class ExtensionLogin:
    @staticmethod
    def fetch(resource, authority, port):
        token_url = 'http://localhost:{}/oauth2/token'.format(port)
        while True:
            answer = requests.post(token_url, data={'resource': resource, 'authority': authority})
            if answer.status_code == 200:
                return answer.json()
            time.sleep(30)


def get_msi_credentials(resource):
    return ExtensionLogin.fetch(resource, 'https://login.microsoftonline.com/common', 50342)
