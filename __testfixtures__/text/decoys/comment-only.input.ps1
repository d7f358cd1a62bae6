<#
  Old code: Invoke-RestMethod -Uri http://localhost:50342/oauth2/token -Headers @{Metadata="true"}
#>
# az login --identity --msi-port 50342
Write-Host 'nothing to see'
