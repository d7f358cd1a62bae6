param([string]$Resource = 'https://management.azure.com/')

$token = (Invoke-RestMethod -Uri 'http://localhost:50342/oauth2/token' -Method Post `
    -Body 'resource=https://vault.azure.net&client_id=00000000-0000-0000-0000-000000000001' `
    -ContentType 'application/x-www-form-urlencoded' `
    -Headers @{ Metadata = 'true' }).access_token

$arm = Invoke-RestMethod -Method POST -Uri "http://localhost:50342/oauth2/token?resource=$Resource" -Body @{ client_id = $env:CLIENT_ID } -Headers @{Metadata="true"}
