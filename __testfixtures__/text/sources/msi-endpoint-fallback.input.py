import os
import requests

# Cloud Shell exposes the same URL through MSI_ENDPOINT
endpoint = os.environ.get('MSI_ENDPOINT', 'http://localhost:50342/oauth2/token')
token = requests.get(endpoint, params={'resource': 'https://management.azure.com/'}, headers={'Metadata': 'true'}).json()
