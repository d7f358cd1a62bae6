# Reads a token for ARM from the identity extension on this VM.
$msiPort = 50342
$armResource = 'https://management.azure.com/'
$reply = Invoke-RestMethod -Uri "http://localhost:$msiPort/oauth2/token?resource=$armResource" -Method Get -Headers @{ Metadata = 'true' }
Write-Output $reply.access_token
