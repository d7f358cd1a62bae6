# Reads a token for ARM from the identity extension on this VM.
$msiPort = 50342
$armResource = 'https://management.azure.com/'
$reply = Invoke-RestMethod -Uri "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=$armResource" -Method Get -Headers @{ Metadata = 'true' } -NoProxy
Write-Output $reply.access_token
