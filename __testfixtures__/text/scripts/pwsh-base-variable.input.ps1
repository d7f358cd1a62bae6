# The base URL is kept apart and the token path added at the call.
$identityPort = 50342
$identityBase = "http://localhost:$identityPort"
$reply = Invoke-RestMethod -Uri "$identityBase/oauth2/token" -Method Get -Body @{ resource = 'https://management.azure.com/' } -Headers @{ Metadata = 'true' }
$reply.access_token
