param(
    [string] $Resource = 'https://vault.azure.net',
    [int] $ExtensionPort = 50342
)

$answer = Invoke-WebRequest -UseBasicParsing `
    -Uri "http://127.0.0.1:$ExtensionPort/oauth2/token" `
    -Method GET `
    -Body @{ resource = $Resource } `
    -Headers @{ Metadata = "true" }
($answer.Content | ConvertFrom-Json).access_token
