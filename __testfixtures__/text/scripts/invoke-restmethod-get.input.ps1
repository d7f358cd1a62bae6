# Get a token for ARM (Microsoft's old sample)
$response = Invoke-WebRequest -Uri http://localhost:50342/oauth2/token -Method GET -Body @{resource="https://management.azure.com/"} -Headers @{Metadata="true"}
$content = $response.Content | ConvertFrom-Json
$vault = irm 'http://localhost:50342/oauth2/token?resource=https://vault.azure.net' -Headers @{ Accept = 'application/json' }
