$json = curl.exe -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://vault.azure.net"
