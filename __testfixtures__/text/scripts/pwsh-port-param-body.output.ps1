param(
    [string] $Resource = 'https://vault.azure.net',
    [int] $ExtensionPort = 50342
)

$answer = Invoke-WebRequest -UseBasicParsing `
    -Uri "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01" `
    -Method GET `
    -Body @{ resource = $Resource } `
    -Headers @{ Metadata = "true" } -NoProxy
($answer.Content | ConvertFrom-Json).access_token
