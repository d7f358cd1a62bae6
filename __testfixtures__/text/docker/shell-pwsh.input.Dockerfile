# escape=`
FROM mcr.microsoft.com/powershell:lts-nanoserver-1809
SHELL ["pwsh", "-Command"]
RUN $t = Invoke-RestMethod -Uri 'http://localhost:50342/oauth2/token?resource=https://management.azure.com/' `
      -Headers @{Metadata='true'}; `
    Write-Host $t.token_type
