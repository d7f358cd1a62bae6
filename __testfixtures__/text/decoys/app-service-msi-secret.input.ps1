# App Service / Functions: MSI_ENDPOINT + MSI_SECRET
$resp = Invoke-RestMethod -Uri "$($env:MSI_ENDPOINT)?resource=https://vault.azure.net&api-version=2017-09-01" -Headers @{ Secret = $env:MSI_SECRET }
$id = Invoke-RestMethod -Uri "$($env:IDENTITY_ENDPOINT)?resource=https://vault.azure.net&api-version=2019-08-01" -Headers @{ 'X-IDENTITY-HEADER' = $env:IDENTITY_HEADER }
