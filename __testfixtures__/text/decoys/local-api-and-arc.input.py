import requests

# A local web API that happens to listen on 50342, and the Azure Arc agent's identity endpoint.
items = requests.get('http://localhost:50342/api/items').json()
challenge = requests.get('http://localhost:40342/metadata/identity/oauth2/token',
                         params={'api-version': '2020-06-01', 'resource': 'https://management.azure.com/'},
                         headers={'Metadata': 'true'})
