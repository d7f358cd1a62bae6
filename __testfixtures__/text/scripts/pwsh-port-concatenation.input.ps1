$msiPort = 50342
function Get-ExtensionToken([string] $audience) {
    $requestUri = "http://localhost:" + $msiPort + "/oauth2/token?resource=" + $audience
    $result = Invoke-RestMethod -Method Post -Uri $requestUri -Headers @{ Metadata = "true" }
    return $result.access_token
}
