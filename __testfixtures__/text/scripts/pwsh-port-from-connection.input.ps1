# The port comes from the service connection's data; the method from a variable.
$connection = Get-VstsEndpoint -Name $connectionName -Require
$port = $connection.Data.msiPort
$verb = 'POST'
$token = Invoke-RestMethod -Uri "http://localhost:$port/oauth2/token" -Method $verb -Body @{ resource = $connection.Url } -Headers @{ Metadata = 'true' }
