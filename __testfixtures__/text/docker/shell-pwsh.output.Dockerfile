# escape=`
FROM mcr.microsoft.com/powershell:lts-nanoserver-1809
SHELL ["pwsh", "-Command"]
RUN $t = Invoke-RestMethod -Uri 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/' `
      -Headers @{Metadata='true'} -NoProxy; `
    Write-Host $t.token_type
