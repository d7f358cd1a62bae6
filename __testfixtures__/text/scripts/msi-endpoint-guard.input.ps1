if ($env:MSI_ENDPOINT) {
    $token = Invoke-RestMethod -Uri 'http://localhost:50342/oauth2/token' -Method Post -Body 'resource=https://management.azure.com/' -Headers @{Metadata='true'}
}
