param([string]$Resource = 'https://management.azure.com/')

$token = (Invoke-RestMethod -Uri 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net&client_id=00000000-0000-0000-0000-000000000001' -Method Get `
    -Headers @{ Metadata = 'true' } -NoProxy).access_token

$arm = Invoke-RestMethod -Method GET -Uri "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=$Resource" -Body @{ client_id = $env:CLIENT_ID } -Headers @{Metadata="true"} -NoProxy
