function Get-IdentityToken {
    param(
        [string] $Audience = 'https://management.azure.com/',
        [string] $Endpoint,
        [switch] $OnVirtualMachine
    )
    if ($OnVirtualMachine) {
        if (-not $Endpoint) {
            $Endpoint = 'http://localhost:50342/oauth2/token'
        }
        $reply = Invoke-WebRequest -Uri $Endpoint -Method GET -Body @{ resource = $Audience } -Headers @{ Metadata = 'true' }
        return ($reply.Content | ConvertFrom-Json).access_token
    }
    if (-not $Endpoint) { $Endpoint = $env:MSI_ENDPOINT }
    $uri = $Endpoint + "?resource=$Audience&api-version=2017-09-01"
    return (Invoke-RestMethod -Uri $uri -Headers @{ Secret = $env:MSI_SECRET }).access_token
}
