# Get a token for ARM (Microsoft's old sample)
$response = Invoke-WebRequest -Uri 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01' -Method GET -Body @{resource="https://management.azure.com/"} -Headers @{Metadata="true"} -NoProxy
$content = $response.Content | ConvertFrom-Json
$vault = irm 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net' -Headers @{ Accept = 'application/json'; Metadata="true" } -NoProxy
