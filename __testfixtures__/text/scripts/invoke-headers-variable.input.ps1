$headers = @{ Metadata = "true" }
$token = Invoke-RestMethod -Uri "http://localhost:50342/oauth2/token?resource=https://management.azure.com/" -Headers $headers -UseBasicParsing
