wget -q -O token.json --header "Metadata: true" 'http://localhost:50342/oauth2/token?resource=https://storage.azure.com/'
