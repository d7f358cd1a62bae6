$himdsPort = 40342
$challenge = Invoke-WebRequest -Uri "http://localhost:$himdsPort/metadata/identity/oauth2/token?api-version=2020-06-01&resource=https://management.azure.com/" -Headers @{ Metadata = 'true' } -UseBasicParsing -SkipHttpErrorCheck
