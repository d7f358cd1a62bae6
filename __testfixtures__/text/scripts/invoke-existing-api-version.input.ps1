$r = 'https://vault.azure.net'
$a = Invoke-RestMethod -Uri "http://localhost:50342/oauth2/token?resource=$r&api-version=2017-09-01" -Headers @{Metadata="true"} -NoProxy
$b = Invoke-RestMethod -Uri http://localhost:50342/oauth2/token -Body @{resource=$r; 'api-version'='2017-09-01'} -Headers @{Metadata="true"} -NoProxy
