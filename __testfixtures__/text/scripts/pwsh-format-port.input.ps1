param([string] $Resource = 'https://management.azure.com/')
$MsiPort = 50342
$uri = "http://localhost:{0}/oauth2/token?resource={1}" -f $MsiPort, $Resource
$token = (Invoke-RestMethod $uri).access_token
